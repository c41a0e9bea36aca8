package org.civicgrid.casework.web;

import java.util.Arrays;
import java.util.List;

import org.civicgrid.casework.CaseCatalog;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Colour;
import org.civicgrid.casework.PublicStep;
import org.civicgrid.casework.internal.BoardService;
import org.civicgrid.casework.internal.CaseOverviewService;
import org.civicgrid.casework.internal.CaseQuery;
import org.civicgrid.casework.internal.CaseService;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
	private final CaseOverviewService overview;
	private final CaseCatalog catalog;

	CaseListPages(CaseService cases, BoardService boards, CaseOverviewService overview, CaseCatalog catalog) {
		this.boards = boards;
		this.cases = cases;
		this.overview = overview;
		this.catalog = catalog;
	}

	/**
	 * Staff: the open cases waiting for their action, newest first, of one colour or status when asked (the home
	 * page's counts link here), or with {@code tab=done} 已办, the cases they acted in that no longer wait for them;
	 * both tabs show their counts. Residents: their reports, of one public step when asked.
	 */
	@GetMapping("/cases/mine")
	String mine(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Colour colour,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) PublicStep step,
			@RequestParam(defaultValue = "todo") String tab, Model model) {
		if (!caller.role().isStaff()) {
			model.addAttribute("cases", cases.search(caller, CaseQuery.all(), RECENT).items().stream()
				.filter(view -> step == null || step == view.publicStep())
				.toList());
			model.addAttribute("step", step);
			return "casework/mine";
		}
		model.addAttribute("cases", overview.waiting(caller, view -> (colour == null || colour == view.colour())
				&& (status == null || status == view.status()), RECENT.size()));
		model.addAttribute("done", cases.actedOnBy(caller, ACTED).stream()
			.filter(acted -> !acted.view().waitsForAction())
			.limit(DONE_SHOWN)
			.toList());
		model.addAttribute("tab", "done".equals(tab) ? "done" : "todo");
		model.addAttribute("colour", colour);
		model.addAttribute("status", status);
		model.addAttribute("step", step);
		return "casework/mine";
	}

	/** The cases a person reported, for the person's card in the registry (loaded into it with htmx). */
	@GetMapping("/cases/reported-by-person/{personId:\\d+}")
	String reportedByPerson(@AuthenticationPrincipal Caller caller, @PathVariable long personId, Model model) {
		model.addAttribute("reported", cases.reportedByPerson(caller, personId, PageRequest.of(0, 20)));
		return "casework/reported :: list";
	}

	/** The counts, and the open cases as the search form filters them, sorted by a header, a page at a time. */
	@GetMapping("/cases/board")
	String board(@AuthenticationPrincipal Caller caller, @ModelAttribute("filter") BoardFilter filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort, Model model) {
		caller.requireRole(Role.STREET_STAFF, Role.SUPERVISOR, Role.LEADER, Role.ADMIN);
		Sort sorted = CaseQuery.SORTS.known(sort);
		PageRequest request = new PageRequest(Math.max(0, page), CaseBoard.PAGE_SIZE, sorted);
		CaseBoard board = CaseBoard.of(boards, caller, filter.query(), request);
		model.addAttribute("board", board);
		model.addAttribute("sort", sorted);
		model.addAttribute("statuses", Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList());
		model.addAttribute("colours", Colour.values());
		model.addAttribute("categories", catalog.categories());
		model.addAttribute("duplicates",
				cases.withPossibleDuplicates(caller, board.open().items().stream().map(CaseView::id).toList()));
		return "casework/board";
	}
}
