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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My tasks" for everyone (staff: open cases waiting for their action, and 已办, those they took a step in that wait
 * for them no more; residents: their own reports) and the
 * dispatcher's board (counts by status and colour, the open cases) for street staff, supervisors and leaders.
 */
@Controller
class CaseListPages {

	private static final PageRequest RECENT = PageRequest.of(0, 200);

	/** How many of the cases one acted in are read for 已办, and how many of those the list shows at most. */
	private static final int ACTED = 200;
	private static final int DONE_SHOWN = 50;

	private final CaseService cases;
	private final BoardService boards;

	CaseListPages(CaseService cases, BoardService boards) {
		this.boards = boards;
		this.cases = cases;
	}

	/** {@code tab=done}: staff see 已办 instead of what waits for them; both tabs show their counts. */
	@GetMapping("/cases/mine")
	String mine(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "todo") String tab, Model model) {
		List<CaseView> recent = cases.search(caller, CaseQuery.all(), RECENT).items();
		if (!caller.role().isStaff()) {
			model.addAttribute("cases", recent);
			return "casework/mine";
		}
		model.addAttribute("cases", recent.stream().filter(CaseBoard::waitsForAction).toList());
		model.addAttribute("done", cases.actedOnBy(caller, ACTED).stream()
			.filter(acted -> !CaseBoard.waitsForAction(acted.view()))
			.limit(DONE_SHOWN)
			.toList());
		model.addAttribute("tab", "done".equals(tab) ? "done" : "todo");
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
