package org.civicgrid.identity.web;

import java.time.Clock;
import java.time.LocalDate;

import org.civicgrid.identity.AuditTrail;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for administrators: who did what, when, filtered by person, action and days. */
@Controller
class AuditPages {

	private final AuditTrail audit;
	private final Clock clock;

	AuditPages(AuditTrail audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/admin/audit")
	String list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort, Model model) {
		caller.requireRole(Role.ADMIN);
		var zone = clock.getZone();
		Sort sorted = AuditTrail.SORTS.known(sort);
		var entries = audit.search(caller.scope(), blankToNull(actor), blankToNull(action),
				from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
				new PageRequest(Math.max(0, page), 50, sorted));
		model.addAttribute("entries", entries);
		model.addAttribute("sort", sorted);
		return "admin/audit";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
