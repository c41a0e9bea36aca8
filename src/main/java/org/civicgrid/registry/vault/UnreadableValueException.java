package org.civicgrid.registry.vault;

/**
 * A sealed value that cannot be opened: altered bytes, an unknown format, or a key that is no longer
 * configured. The message says which, and never carries any part of the value.
 */
public class UnreadableValueException extends RuntimeException {

	UnreadableValueException(String message) {
		super(message);
	}

	UnreadableValueException(String message, Throwable cause) {
		super(message, cause);
	}
}
