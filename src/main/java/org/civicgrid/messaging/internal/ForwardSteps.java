package org.civicgrid.messaging.internal;

import java.util.Optional;

import org.civicgrid.casework.CaseEvent;
import org.civicgrid.casework.CaseRated;
import org.civicgrid.casework.CaseStatusChanged;
import org.civicgrid.casework.PublicStep;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Posts the steps of a case filed from a forwarded post back into the post's thread, until it is closed and rated:
 * each move of its {@link PublicStep} (accepted, in handling, completed, not accepted, merged, and back into
 * handling when a check reopens it) and the resident's rating. The stages inside the office (verify, dispatch,
 * report back) are not the channel's business, as they are not the reporter's in the inbox. Runs inside the step's
 * transaction: the step and its post are written together or not at all.
 */
@Component
class ForwardSteps {

	private final StoredForwards forwards;
	private final StoredPosts posts;
	private final ForwardService service;

	ForwardSteps(StoredForwards forwards, StoredPosts posts, ForwardService service) {
		this.forwards = forwards;
		this.posts = posts;
		this.service = service;
	}

	@EventListener
	void on(CaseStatusChanged event) {
		Optional<StoredForwards.OfCase> found = forwards.byCase(event.id().value());
		if (found.isEmpty()) {
			return;
		}
		StoredForwards.OfCase forward = found.get();
		PublicStep step = PublicStep.of(event.to());
		if (step.name().equals(forward.caseStep())) {
			return;
		}
		forwards.stepped(forward.postId(), step.name(), step.isEnd(), event.at());
		String body = step == PublicStep.MERGED && event.parties().survivorNumber() != null
				? service.words("messaging.forward.step.MERGED-into", forward.caseNumber(),
						event.parties().survivorNumber())
				: service.words("messaging.forward.step." + step.name(), forward.caseNumber());
		post(forward, step.name(), body, event);
	}

	@EventListener
	void on(CaseRated event) {
		Optional<StoredForwards.OfCase> found = forwards.byCase(event.id().value());
		if (found.isEmpty()) {
			return;
		}
		StoredForwards.OfCase forward = found.get();
		forwards.rated(forward.postId(), event.score(), event.at());
		String body = event.comment() == null || event.comment().isBlank()
				? service.words("messaging.forward.step.RATED", forward.caseNumber(), event.score())
				: service.words("messaging.forward.step.RATED-comment", forward.caseNumber(), event.score(),
						event.comment().strip());
		post(forward, "RATED", body, event);
	}

	private void post(StoredForwards.OfCase forward, String step, String body, CaseEvent event) {
		posts.find(forward.postId(), -1).ifPresent(original -> service.stepBack(original, null, step, body, event.at()));
	}
}
