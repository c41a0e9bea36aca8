package org.civicgrid.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A case's progress as its reporter reads it, worked out from its trace: the {@link PublicStep} it stands at, the
 * track of steps with the time each was reached, and the reply (答复) once there is an answer to give. Carries no
 * staff names, notes, grid codes or units, so it may be handed to whoever the public is.
 *
 * @param track the steps on the way to completion (the ones not reached yet without a time), or, for a case that
 *     ended otherwise, the steps it reached and then its end
 * @param reply the latest step's reply once the case is completed or not accepted; absent before, since a check
 *     may still send the handling back, and for a duplicate, whose answer comes in the case it was merged into
 */
public record PublicProgress(PublicStep step, List<Milestone> track, Reply reply) {

	public PublicProgress {
		track = List.copyOf(track);
	}

	/** A step of the track and when the case reached it; {@code at} is absent while it has not. */
	public record Milestone(PublicStep step, Instant at) {

		public boolean reached() {
			return at != null;
		}
	}

	/** What the office answers the reporter, with the photos of that step (the result after handling). */
	public record Reply(String text, Instant at, List<String> photos) {

		public Reply {
			photos = photos == null ? List.of() : List.copyOf(photos);
		}
	}

	/**
	 * The progress of a case now in {@code status} with this trace, oldest step first. A step counts from the
	 * first time the case reached it; going back (a return to the desk, a spot check reopening a closed case)
	 * forgets the steps after, which count again when reached again.
	 */
	public static PublicProgress of(CaseStatus status, List<HistoryView> history) {
		Map<PublicStep, Instant> reached = new EnumMap<>(PublicStep.class);
		for (HistoryView entry : history) {
			PublicStep step = PublicStep.of(entry.to());
			reached.keySet().removeIf(later -> later.compareTo(step) > 0);
			reached.putIfAbsent(step, entry.at());
		}
		PublicStep now = PublicStep.of(status);
		List<Milestone> track = new ArrayList<>();
		for (PublicStep step : PublicStep.values()) {
			if (step.onTheWay() ? now.onTheWay() || reached.containsKey(step) : step == now) {
				track.add(new Milestone(step, reached.get(step)));
			}
		}
		return new PublicProgress(now, track, replyOf(now, history));
	}

	private static Reply replyOf(PublicStep now, List<HistoryView> history) {
		if (now != PublicStep.COMPLETED && now != PublicStep.NOT_ACCEPTED) {
			return null;
		}
		for (int i = history.size() - 1; i >= 0; i--) {
			HistoryView entry = history.get(i);
			if (entry.reply() != null && !entry.reply().isBlank()) {
				return new Reply(entry.reply(), entry.at(), entry.photos());
			}
		}
		return null;
	}
}
