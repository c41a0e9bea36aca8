package org.civicgrid.casework.web;

import java.util.List;

import org.civicgrid.casework.internal.BoardService;
import org.civicgrid.casework.internal.CaseService;
import org.civicgrid.casework.internal.CaseQuery;
import org.civicgrid.casework.CaseView;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "My tasks" for everyone (staff: open cases waiting for their action; residents: their own reports) and the
 * dispatcher's board (counts by status and colour, the open cases) for street staff, supervisors and leaders.
 */
@Controller
class CaseListPages {

	private static final PageRequest RECENT = PageRequest.of(0, 200);

	private final CaseService cases;
	private final BoardService boards;

	CaseListPages(CaseService cases, BoardService boards) {
		this.boards = boards;
		this.cases = cases;
	}

	@GetMapping("/cases/mine")
	String mine(@AuthenticationPrincipal Caller caller, Model model) {
		List<CaseView> recent = cases.search(caller, CaseQuery.all(), RECENT).items();
		model.addAttribute("cases", caller.role().isStaff() ? recent.stream().filter(CaseBoard::waitsForAction).toList()
				: recent);
		return "casework/mine";
	}

	/** The cases a person reported, for the person's card in the registry (loaded into it with htmx). */
	@GetMapping("/cases/reported-by-person/{personId:\\d+}")
	String reportedByPerson(@AuthenticationPrincipal Caller caller, @PathVariable long personId, Model model) {
		model.addAttribute("reported", cases.reportedByPerson(caller, personId, PageRequest.of(0, 20)));
		return "casework/reported :: list";
	}

	@GetMapping("/cases/board")
	String board(@AuthenticationPrincipal Caller caller, Model model) {
		caller.requireRole(Role.STREET_STAFF, Role.SUPERVISOR, Role.LEADER, Role.ADMIN);
		CaseBoard board = CaseBoard.of(boards, caller);
		model.addAttribute("board", board);
		model.addAttribute("duplicates",
				cases.withPossibleDuplicates(caller, board.open().stream().map(CaseView::id).toList()));
		return "casework/board";
	}
}
