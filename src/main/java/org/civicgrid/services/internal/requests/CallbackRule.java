package org.civicgrid.services.internal.requests;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * When a rating calls for a call-back (回访): always after a 差评, and for a sample of the rest. The sample is the
 * rating's number counted in steps of the percentage, so that exactly that share of the ratings is called, evenly,
 * on every node alike (no random draw to disagree on).
 */
@Component
public class CallbackRule {

	/** Why a call-back was made. */
	public enum Why {
		BAD_RATING, SAMPLE
	}

	private final CallbackSettings settings;

	CallbackRule(CallbackSettings settings) {
		this.settings = settings;
	}

	public Optional<Why> callFor(long ratingId, int score) {
		if (score <= settings.badAtMost()) {
			return Optional.of(Why.BAD_RATING);
		}
		int p = settings.samplePercent();
		// rating n is sampled when the running share floor(n·p/100) steps up at n
		boolean sampled = p > 0 && Math.floorDiv(ratingId * p, 100) > Math.floorDiv((ratingId - 1) * p, 100);
		return sampled ? Optional.of(Why.SAMPLE) : Optional.empty();
	}
}
