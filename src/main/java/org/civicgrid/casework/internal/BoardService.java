package org.civicgrid.casework.internal;

import java.time.Clock;
import java.util.Map;

import org.civicgrid.casework.CaseCounts;
import org.civicgrid.casework.CaseView;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatcher's board from {@link CaseBoardFigures}, the open cases rendered as the list renders them; the board's
 * table of open cases is the case search bounded to open ones ({@link #open}).
 */
@Service
@Transactional(readOnly = true)
public class BoardService {

	private final CaseBoardFigures figures;
	private final CaseViews views;
	private final DepartmentService departments;
	private final Clock clock;

	private final CaseSearch search;

	BoardService(CaseBoardFigures figures, CaseSearch search, CaseViews views, DepartmentService departments,
			Clock clock) {
		this.figures = figures;
		this.search = search;
		this.views = views;
		this.departments = departments;
		this.clock = clock;
	}

	/** The counts and the {@code limit} newest open cases (at least one). */
	public CaseBoardView board(Caller caller, int limit) {
		var visible = CaseVisibility.where(caller, departments.unitOf(caller));
		CaseCounts counts = counts(caller, visible);
		return new CaseBoardView(counts.byStatus(), counts.byColour(),
				figures.newestOpen(visible, Math.max(1, Math.min(limit, 500))).stream()
					.map(stored -> views.view(caller, stored))
					.toList());
	}

	/** The open cases in the caller's reach matching the query, a page of them in the order asked for. */
	public Paged<CaseView> open(Caller caller, CaseQuery query, PageRequest page) {
		return search.searchOpen(caller, query, page).map(stored -> views.view(caller, stored));
	}

	/** The board's counts without its cases. */
	public CaseCounts counts(Caller caller) {
		return counts(caller, CaseVisibility.where(caller, departments.unitOf(caller)));
	}

	private CaseCounts counts(Caller caller, Map.Entry<String, Map<String, Object>> visible) {
		boolean byRegion = caller.role().isStaff() && !caller.hasRole(Role.DEPARTMENT_HANDLER);
		var byStatus = byRegion ? figures.byStatusInScope(caller.scope().likePattern()) : figures.byStatus(visible);
		return new CaseCounts(byStatus, figures.byColour(visible, clock.instant()));
	}
}
