package org.civicgrid.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Questions nobody replied to by their reply time rise to the channel above (courtyard → community → street), a
 * forward by the system with a fresh clock there; at the street's channel they stay red on the supervisors' list.
 * Each is claimed by one node ({@code for update skip locked}) and raised in the claim's transaction.
 */
@Component
class QuestionRises {

	private static final Logger log = LoggerFactory.getLogger(QuestionRises.class);

	private final Questions questions;
	private final ForwardService forwards;
	private final QuestionSettings settings;
	private final TransactionTemplate tx;
	private final Clock clock;

	QuestionRises(Questions questions, ForwardService forwards, QuestionSettings settings, TransactionTemplate tx,
			Clock clock) {
		this.questions = questions;
		this.forwards = forwards;
		this.settings = settings;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${civicgrid.messaging.questions.poll-interval:PT30S}",
			fixedDelayString = "${civicgrid.messaging.questions.poll-interval:PT30S}")
	void poll() {
		if (settings.rises()) {
			try {
				runDue();
			}
			catch (RuntimeException e) {
				log.error("Raising unanswered questions failed; they stay due for the next poll", e);
			}
		}
	}

	/** Raises every question due now, one transaction each; the posts raised. */
	List<Long> runDue() {
		List<Long> raised = new ArrayList<>();
		for (Optional<Long> next = tx.execute(s -> raiseNext()); next.isPresent(); next = tx.execute(s -> raiseNext())) {
			raised.add(next.get());
		}
		return raised;
	}

	private Optional<Long> raiseNext() {
		Instant now = clock.instant();
		return questions.claimDue(now).map(post -> {
			Optional<Forward> risen = forwards.rise(post);
			// a case already, or nowhere higher to go: its clock stops rising
			questions.rose(post, risen.map(Forward::atLevel).orElse(ChannelLevel.STREET), now);
			return post;
		});
	}
}
