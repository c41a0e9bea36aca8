package org.civicgrid.casework.internal;

import java.time.Clock;
import java.time.Instant;

import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Colour;
import org.civicgrid.shared.Caller;
import org.springframework.stereotype.Component;

/**
 * Writes a case after a step, for every way in (staff, residents, alarms, Open311): the row with its deadline and
 * colour, the stage's next timer in the same transaction (an acknowledged report always has its timer), then the
 * step's events.
 */
@Component
class CaseWriter {

	private final Cases cases;
	private final CaseViews views;
	private final CaseStages stages;
	private final CaseTimers timers;
	private final CaseEvents events;
	private final Clock clock;

	CaseWriter(Cases cases, CaseViews views, CaseStages stages, CaseTimers timers,
			CaseEvents events, Clock clock) {
		this.cases = cases;
		this.views = views;
		this.stages = stages;
		this.timers = timers;
		this.events = events;
		this.clock = clock;
	}

	/** The case as stored, seen by {@code caller}, without reading it back. */
	CaseView write(Caller caller, StoredCase stored) {
		return write(caller, stored, null);
	}

	/**
	 * As {@link #write(Caller, StoredCase)}; a new case's row takes {@code then} (a query about other cases, or null)
	 * along in its round trip, and its result is there when this returns.
	 */
	CaseView write(Caller caller, StoredCase stored, Statements.Query<?> then) {
		CaseFile file = stored.file();
		Instant deadline = stages.deadline(file).orElse(null);
		Instant yellowAt = stages.yellowFrom(file).orElse(null);
		Statements timer = new Statements();
		Colour colour = timers.onSave(file, clock.instant(), timer);
		Instant written = cases.save(stored, deadline, yellowAt, colour, timer, then);
		StoredCase now = stored.written(written, colour, deadline, yellowAt);
		events.publish(now);
		return views.view(caller, now);
	}
}
