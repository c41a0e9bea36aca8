package org.civicgrid.inbox.web;

import java.time.Instant;
import java.util.List;

/** A message as the API and the page show it: the stored key and arguments, and the text in the reader's language. */
record InboxMessageView(long id, Long caseId, String caseNumber, String key, List<String> args, String text,
		boolean read, Instant createdAt, Instant readAt) {
}
