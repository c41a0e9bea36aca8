package org.civicgrid.casework.web;

import java.util.List;

import org.civicgrid.casework.internal.SupervisionBoardReader;
import org.civicgrid.casework.SupervisionCard;
import org.civicgrid.shared.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The supervision board (督办看板): red and yellow cases in scope, most overdue first, with their cards and the
 * supervise and instruct forms, which post to the case's action endpoint ({@link CaseDetailPages}).
 */
@Controller
class SupervisionPages {

	private final SupervisionBoardReader supervision;

	SupervisionPages(SupervisionBoardReader supervision) {
		this.supervision = supervision;
	}

	@GetMapping("/cases/supervision")
	String board(@AuthenticationPrincipal Caller caller, Model model) {
		model.addAttribute("board", supervision.board(caller));
		model.addAttribute("cards", List.of(SupervisionCard.values()));
		return "casework/supervision";
	}
}
