package org.civicgrid.casework.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.Colour;

/**
 * The one definition of a case's colour (三色管理) and so of overdue (超期 = red), which the case page's badge, the
 * list's colour filter, the dispatcher's board and the supervision board all use: an open case whose stage has a
 * deadline is red from that deadline, yellow from its yellow instant, green before; the stage is measured at the
 * report back once there was one (the colour freezes), else now. A case without a stage (verified, filed) and a
 * closed or final one has no colour.
 * <p>
 * The stored {@code deadline} and {@code yellow_at} columns are the current stage's ({@link CaseStages}), so the
 * SQL below and {@link #of} agree on every row. The {@code colour} column is only the timers' memory of what they
 * last did, never read to answer what colour a case is.
 */
final class CaseColours {

	/** SQL: the statuses of open cases, for {@code status in (…)}. */
	static final String OPEN = "status in (" + Arrays.stream(CaseStatus.values())
		.filter(CaseStatus::isOpen)
		.map(s -> "'" + s.name() + "'")
		.collect(Collectors.joining(", ")) + ")";

	/** SQL: the instant a row's colour is measured at; binds {@code :now}. */
	private static final String AT = "coalesce(clock_stopped_at, :now)";

	private CaseColours() {
	}

	static Colour of(CaseStatus status, Instant deadline, Instant yellowAt, Instant stoppedAt, Instant now) {
		if (!status.isOpen() || deadline == null) {
			return null;
		}
		Instant at = measuredAt(stoppedAt, now);
		if (!at.isBefore(deadline)) {
			return Colour.RED;
		}
		return yellowAt != null && !at.isBefore(yellowAt) ? Colour.YELLOW : Colour.GREEN;
	}

	/** The instant a case's colour is measured at: its report back once there was one, else now. */
	static Instant measuredAt(Instant stoppedAt, Instant now) {
		return stoppedAt == null ? now : stoppedAt;
	}

	/** SQL: the rows of this colour at {@code :now}, open ones only. */
	static String is(Colour colour) {
		return "(" + OPEN + " and " + measured(colour) + ")";
	}

	/** SQL: the rows of this colour at {@code :now}, for rows already known to be open. */
	static String measured(Colour colour) {
		return switch (colour) {
			case RED -> "deadline <= " + AT;
			case YELLOW -> "deadline > " + AT + " and yellow_at <= " + AT;
			case GREEN -> "deadline > " + AT + " and (yellow_at is null or yellow_at > " + AT + ")";
		};
	}
}
