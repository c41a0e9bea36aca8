package org.civicgrid.messaging.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.messaging.internal.ForwardService;
import org.civicgrid.messaging.internal.ForwardWorkbook;
import org.civicgrid.shared.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff's console of forwarded posts (PC): how fast posts became cases and were completed (median and 90th
 * percentile, the last 30 days by default), and the posts in the caller's scope by state, with an Excel export.
 */
@Controller
class ForwardConsolePages {

	private final ForwardService forwards;
	private final ForwardWorkbook workbook;

	ForwardConsolePages(ForwardService forwards, ForwardWorkbook workbook) {
		this.forwards = forwards;
		this.workbook = workbook;
	}

	@GetMapping("/messaging/forwards")
	String console(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String state,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Model model) {
		model.addAttribute("figures", forwards.figures(caller, from, to));
		model.addAttribute("forwards", forwards.within(caller, state));
		model.addAttribute("state", state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "messaging/forwards";
	}

	@GetMapping("/messaging/forwards/export.xlsx")
	void export(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String state, Locale locale,
			HttpServletResponse response) throws IOException {
		var list = forwards.within(caller, state);
		response.setContentType(OutboundParams.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("forwarded-posts.xlsx").build().toString());
		workbook.write(list, locale, response.getOutputStream());
	}
}
