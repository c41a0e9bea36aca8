package org.civicgrid.inbox;

import java.time.Instant;
import java.util.List;

/**
 * One message as stored: a bundle key and its arguments, worded when read. An argument written {@code #key} is
 * itself a bundle key (a status, an action, a level), so it too reads in the reader's language.
 *
 * @param caseId the case the message is about, absent for messages about nothing in particular
 */
public record InboxMessage(long id, Long caseId, String caseNumber, String key, List<String> args, Instant createdAt,
		Instant readAt) {

	public InboxMessage {
		args = args == null ? List.of() : List.copyOf(args);
	}

	public boolean read() {
		return readAt != null;
	}
}
