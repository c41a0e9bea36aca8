package org.civicgrid.messaging.internal;

/**
 * A post as its author writes it: the kind by its wire name ({@code notice}, {@code question}, …; a reply when it
 * names its thread's first post), the words, and what some kinds carry: a notice asks for confirmation, an
 * appointment names the service item, a relay a link (a live stream, a document).
 */
public record NewPost(String kind, String title, String body, String link, String itemCode, Boolean confirmRead,
		Long parentId) {
}
