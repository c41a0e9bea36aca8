package org.civicgrid.casework.internal;

import java.time.Clock;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dispatcher's board from {@link CaseBoardFigures}, the open cases rendered as the list renders them. */
@Service
@Transactional(readOnly = true)
public class BoardService {

	private final CaseBoardFigures figures;
	private final CaseViews views;
	private final DepartmentService departments;
	private final Clock clock;

	BoardService(CaseBoardFigures figures, CaseViews views, DepartmentService departments, Clock clock) {
		this.figures = figures;
		this.views = views;
		this.departments = departments;
		this.clock = clock;
	}

	public CaseBoardView board(Caller caller, int limit) {
		var visible = CaseVisibility.where(caller, departments.unitOf(caller));
		boolean byRegion = caller.role().isStaff() && !caller.hasRole(Role.DEPARTMENT_HANDLER);
		var byStatus = byRegion ? figures.byStatusInScope(caller.scope().likePattern()) : figures.byStatus(visible);
		return new CaseBoardView(byStatus, figures.byColour(visible, clock.instant()),
				figures.newestOpen(visible, Math.max(1, Math.min(limit, 500))).stream()
					.map(stored -> views.view(caller, stored))
					.toList());
	}
}
