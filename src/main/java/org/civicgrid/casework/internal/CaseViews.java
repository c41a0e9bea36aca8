package org.civicgrid.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseDetail;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Category;
import org.civicgrid.casework.Colour;
import org.civicgrid.casework.HistoryView;
import org.civicgrid.shared.Caller;
import org.springframework.stereotype.Component;

/**
 * Cases as one caller reads them: the stored deadline of the current stage ({@link CaseStages}), the colour now
 * by the one rule ({@link CaseColours}), and the actions this caller may take
 * now (the workflow's, narrowed by {@link CaseActionPolicy}).
 */
@Component
class CaseViews {

	private final DepartmentService departments;
	private final Catalog catalog;
	private final CaseActionPolicy policy;
	private final ReporterContacts contacts;
	private final Clock clock;

	CaseViews(Catalog catalog, CaseActionPolicy policy, ReporterContacts contacts,
			DepartmentService departments, Clock clock) {
		this.departments = departments;
		this.contacts = contacts;
		this.catalog = catalog;
		this.policy = policy;
		this.clock = clock;
	}

	private String unitOf(Caller caller) {
		return departments.unitOf(caller);
	}

	CaseView view(Caller caller, StoredCase stored) {
		CaseFile file = stored.file();
		StoredCase.Intake intake = stored.intake();
		Assignee assignee = file.assignee();
		List<String> allowed = policy.allowedActions(file, Actor.of(caller, unitOf(caller))).stream()
			.filter(action -> action != CaseAction.RATE || file.rating() == null) // rated once
			.map(CaseAction::wire)
			.toList();
		Instant deadline = stored.deadline();
		Colour colour = CaseColours.of(file.status(), deadline, stored.yellowAt(), file.clock().stopped(),
				clock.instant());
		return new CaseView(file.id().value(), file.number(), file.status(), file.categoryCode(),
				catalog.find(file.categoryCode()).map(Category::smallName).orElse(null), file.gridCode(),
				colour, deadline, allowed,
				assignee == null ? null : assignee.level(), assignee == null ? null : assignee.unitCode(),
				assignee == null || !caller.role().isStaff() ? null : assignee.username(), intake.description(), intake.address(), intake.lat(),
				intake.lng(), intake.channel(), file.reporter(), file.reworkCount(), file.extensionCount(),
				file.rating() == null ? null : file.rating().score(),
				file.mergedInto() == null ? null : file.mergedInto().value(), intake.createdAt(), intake.updatedAt());
	}

	CaseDetail detail(Caller caller, StoredCase stored) {
		List<HistoryView> history = history(stored.file());
		if (!caller.role().isStaff()) {
			history = history.stream().map(step -> step.forReporter(caller.username())).toList();
		}
		return new CaseDetail(view(caller, stored), contacts.masked(stored.intake().reporterContact()),
				stored.file().rating() == null ? null : stored.file().rating().comment(), history);
	}

	/** The trace, numbered from 1. */
	static List<HistoryView> history(CaseFile file) {
		List<HistoryEntry> entries = file.history();
		List<HistoryView> history = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			HistoryEntry e = entries.get(i);
			history.add(new HistoryView(i + 1, e.at(), e.who(), e.role(), e.action() == null ? null : e.action().wire(),
					e.from(), e.to(), e.note(), e.reply(), e.photos()));
		}
		return history;
	}
}
