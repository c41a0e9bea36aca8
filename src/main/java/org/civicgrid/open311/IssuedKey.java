package org.civicgrid.open311;

/** A key just issued: {@code key} is shown this once and cannot be read again. */
public record IssuedKey(ApiKeyView apiKey, String key) {
}
