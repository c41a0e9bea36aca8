package org.civicgrid.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.casework.internal.SupervisionBoardReader;
import org.civicgrid.casework.internal.SupervisionBoard;
import org.civicgrid.shared.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
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
}
