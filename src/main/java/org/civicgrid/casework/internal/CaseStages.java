package org.civicgrid.casework.internal;

import java.time.Instant;
import java.util.Optional;

import org.civicgrid.casework.Colour;
import org.civicgrid.shared.time.TimeLimit;

/**
 * Which timed stage a case is in, if any, and its colour now (三色管理). A fresh report must be answered within the
 * service promise's respond limit (15 minutes to respond); from dispatch until the handler reports back the
 * category's limit runs ({@link DeadlinePolicy}). Any other status has no running clock: after the report back the
 * colour stays what it was at that moment, before dispatch there is none.
 */
final class CaseStages {

	private final DeadlinePolicy deadlines;
	private final TimeLimit respond;

	CaseStages(DeadlinePolicy deadlines, TimeLimit respond) {
		this.deadlines = deadlines;
		this.respond = respond;
	}

	Optional<CaseStage> current(CaseFile file) {
		if (file.awaitsResponse()) {
			Instant start = file.reportedAt();
			Instant due = deadlines.deadline(start, respond);
			return Optional.of(new CaseStage(CaseStage.RESPOND, start,
					deadlines.yellowFrom(start, due, respond.unit().kind()), due));
		}
		CaseClock clock = file.clock();
		if (!clock.running() || clock.stopped() != null) {
			return Optional.empty();
		}
		Instant due = deadlines.deadline(file).orElseThrow();
		// a new dispatch, a granted extension or rework (the clock resumes) starts a new stage with new timers
		String key = "handle-" + clock.started().toEpochMilli() + "-e" + clock.extensions().size() + "-w"
				+ file.reworkCount();
		return Optional.of(new CaseStage(key, clock.started(),
				deadlines.yellowFrom(clock.started(), due, file.timeLimit().unit().kind()), due));
	}

	/**
	 * The deadline of the stage the case is in, or of the handling stage it ended (kept after the report back, so
	 * the colour stays what it was then); what the case stores, shows and is coloured by ({@link CaseColours}).
	 */
	Optional<Instant> deadline(CaseFile file) {
		return file.awaitsResponse() ? current(file).map(CaseStage::deadline) : deadlines.deadline(file);
	}

	/** When the stage of {@link #deadline} turns (or turned) yellow. */
	Optional<Instant> yellowFrom(CaseFile file) {
		return file.awaitsResponse() ? current(file).map(CaseStage::yellowAt) : deadlines.yellowFrom(file);
	}

	/** The colour to store now: the running stage's, the one at the report back, or none. */
	Colour colour(CaseFile file, Instant now) {
		if (file.awaitsResponse()) {
			CaseStage stage = current(file).orElseThrow();
			return deadlines.colour(stage.start(), stage.deadline(), respond.unit().kind(), now);
		}
		return deadlines.colour(file, now).orElse(null);
	}
}
