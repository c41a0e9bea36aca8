package org.civicgrid.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.civicgrid.casework.ActionInput;
import org.civicgrid.casework.ActionRequest;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseDetail;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.CaseManagement;
import org.civicgrid.casework.CaseQuery;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Category;
import org.civicgrid.casework.NewCaseReport;
import org.civicgrid.casework.ReportCase;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed loop behind the API: checks first (intake, visibility, {@link CaseActionPolicy}, the workflow and the
 * input), then one write of the case and its new trace, then the step's events. A refusal writes nothing.
 */
@Service
@Transactional
class CaseService implements CaseManagement {

	private final Cases cases;
	private final CaseSearch search;
	private final CaseIntake intake;
	private final CaseViews views;
	private final CaseActionPolicy policy;
	private final DeadlinePolicy deadlines;
	private final EscalationPolicy escalation;
	private final Catalog catalog;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseService(Cases cases, CaseSearch search, CaseIntake intake, CaseViews views, CaseActionPolicy policy,
			DeadlinePolicy deadlines, EscalationPolicy escalation, Catalog catalog, ApplicationEventPublisher events,
			Clock clock) {
		this.cases = cases;
		this.search = search;
		this.intake = intake;
		this.views = views;
		this.policy = policy;
		this.deadlines = deadlines;
		this.escalation = escalation;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	private DepartmentService departments;

	/** Set apart from the constructor: the department handlers' units, added after the rest of the wiring. */
	@org.springframework.beans.factory.annotation.Autowired
	void setDepartments(DepartmentService departments) {
		this.departments = departments;
	}

	private String unitOf(Caller caller) {
		return departments == null ? caller.regionCode() : departments.unitOf(caller);
	}

	@Override
	public CaseView report(Caller caller, NewCaseReport report) {
		CaseIntake.Accepted accepted = intake.check(caller, report);
		if (caller.role().isStaff()) {
			caller.scope().require(accepted.gridCode());
		}
		Category category = accepted.category();
		CaseFile file = CaseFile.report(cases.nextId(), cases.nextNumber(),
				new ReportCase(category.code(), accepted.gridCode(), report.description(), List.of()),
				category.timeLimit(), Actor.of(caller), clock.instant());
		StoredCase.Intake taken = new StoredCase.Intake(caller.accountId(), report.reporterContact(),
				accepted.channel(), report.description(), accepted.lat(), accepted.lng(), report.address(), null, null,
				null);
		return store(caller, StoredCase.fresh(file, taken));
	}

	@Override
	public CaseView act(Caller caller, long id, String actionWire, ActionRequest request) {
		CaseAction action = CaseAction.fromWire(actionWire);
		StoredCase stored = load(id);
		String unit = unitOf(caller);
		CaseVisibility.require(caller, unit, stored);
		CaseFile file = stored.file();
		Actor actor = Actor.of(caller, unit);
		policy.check(file, action, actor);
		String department = catalog.find(file.categoryCode()).map(Category::responsibleUnit).orElse(null);
		ActionInput input = ActionInputs.of(action, request, file, escalation, department);
		if (departments != null) {
			departments.checkAssignee(input.assignee(), file.gridCode());
		}
		file.apply(action, input, actor, clock.instant());
		return store(caller, stored);
	}

	@Override
	@Transactional(readOnly = true)
	public CaseDetail get(Caller caller, long id) {
		StoredCase stored = load(id);
		CaseVisibility.require(caller, unitOf(caller), stored);
		return views.detail(caller, stored);
	}

	@Override
	@Transactional(readOnly = true)
	public Paged<CaseView> search(Caller caller, CaseQuery query, PageRequest page) {
		return search.search(caller, query == null ? CaseQuery.all() : query, page)
			.map(stored -> views.view(caller, stored));
	}

	private StoredCase load(long id) {
		if (id <= 0) {
			throw new NotFoundException("casework.not-found", String.valueOf(id));
		}
		return cases.find(new CaseId(id))
			.orElseThrow(() -> new NotFoundException("casework.not-found", String.valueOf(id)));
	}

	private CaseView store(Caller caller, StoredCase stored) {
		CaseFile file = stored.file();
		Instant deadline = deadlines.deadline(file).orElse(null);
		Instant yellowAt = deadlines.yellowFrom(file).orElse(null);
		cases.save(stored, deadline, yellowAt);
		file.domainEvents().forEach(events::publishEvent);
		file.clearEvents();
		return views.view(caller, cases.find(file.id()).orElseThrow());
	}
}
