package org.civicgrid.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.casework.Colour;
import org.civicgrid.casework.internal.SupervisionBoard;
import org.civicgrid.casework.internal.SupervisionBoardReader;
import org.civicgrid.casework.internal.SupervisionQuery;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "cases")
class SupervisionApiController {

	private final SupervisionBoardReader supervision;

	SupervisionApiController(SupervisionBoardReader supervision) {
		this.supervision = supervision;
	}

	@GetMapping("/api/v1/cases/supervision")
	@Operation(summary = "The supervision board (督办): red and yellow cases in the caller's scope, most overdue first, "
			+ "with counts by colour, category and unit and the cards issued; supervisors, leaders and dispatchers")
	SupervisionBoard board(@AuthenticationPrincipal Caller caller) {
		return supervision.board(caller);
	}

	@GetMapping("/api/v1/cases/supervision/cases")
	@Operation(summary = "The supervision board's cases as a list: red and yellow cases in the caller's scope "
			+ "matching the search (number or words, colour, category prefix, grid prefix, assigned unit), a page "
			+ "at a time, each with how overdue it is and its cards; supervisors, leaders and dispatchers")
	Paged<SupervisionBoard.Entry> cases(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) String text, @RequestParam(required = false) Colour colour,
			@RequestParam(required = false) String category, @RequestParam(required = false) String grid,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@Parameter(description = "field,asc or field,desc by overdue, number, category, grid, unit or deadline; "
					+ "the most overdue first when absent; an unknown field is a 400 naming sort")
			@RequestParam(required = false) String sort) {
		return supervision.cases(caller, new SupervisionQuery(text, colour, category, grid, unit),
				PageRequest.of(page, size, sort));
	}
}
