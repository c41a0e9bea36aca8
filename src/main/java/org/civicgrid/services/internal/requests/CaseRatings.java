package org.civicgrid.services.internal.requests;

import org.civicgrid.casework.CaseParties;
import org.civicgrid.casework.CaseRated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Case ratings on the one mechanism: casework keeps its own copy on the case (its indicators read it), and every
 * {@link CaseRated} becomes a rating of kind CASE here, so a 差评 on a case calls for a call-back like any other.
 * After the case's commit, through the publication registry: a failure here never undoes the resident's rating.
 */
@Component
class CaseRatings {

	private final RatingService ratings;

	CaseRatings(RatingService ratings) {
		this.ratings = ratings;
	}

	@ApplicationModuleListener
	void on(CaseRated event) {
		CaseParties parties = event.parties();
		String worker = parties != null && parties.assignee() != null && parties.assignee().isPerson()
				? parties.assignee().username() : null;
		String label = parties != null && parties.number() != null ? parties.number() : "#" + event.id().value();
		RatedSubject subject = new RatedSubject(SubjectKind.CASE, event.id().value(), label,
				parties == null ? null : parties.reporterAccountId(), event.gridCode(), null, null, null, null, worker,
				worker);
		// a redelivered event finds the rating written and changes nothing
		ratings.record(subject, event.score(), event.comment(), event.at());
	}
}
