package org.civicgrid.casework.internal;

import java.util.List;

import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.PublicProgress;
import org.civicgrid.shared.Caller;
import org.springframework.stereotype.Component;

/**
 * Turns a stored case into the {@link ResidentCase} its reporter reads: the public progress from the trace
 * ({@link PublicProgress}), and only the facts a resident gave or may know.
 */
@Component
class ResidentCases {

	private final CaseViews views;
	private final Cases cases;

	ResidentCases(CaseViews views, Cases cases) {
		this.views = views;
		this.cases = cases;
	}

	ResidentCase of(Caller caller, StoredCase stored) {
		CaseFile file = stored.file();
		CaseView view = views.view(caller, stored);
		boolean own = Long.valueOf(caller.accountId()).equals(stored.intake().reporterAccountId());
		PublicProgress progress = PublicProgress.of(file.status(), CaseViews.history(file));
		CaseId survivor = file.mergedInto();
		String survivorNumber = survivor == null ? null
				: cases.find(survivor).map(s -> s.file().number()).orElse(null);
		Rating rating = own ? file.rating() : null;
		return new ResidentCase(view.id(), view.number(), view.categoryName(), view.address(),
				file.reportedAt(), own, own ? view.description() : null,
				own ? file.history().get(0).photos() : List.of(), progress,
				survivor == null ? null : survivor.value(), survivorNumber,
				own && view.allowedActions().contains(CaseAction.RATE.wire()),
				rating == null ? null : rating.score(), rating == null ? null : rating.comment());
	}
}
