package org.civicgrid.identity.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.identity.AuditEntry;
import org.civicgrid.identity.AuditTrail;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "The audit trail (administrators)")
class AuditApiController {

	private final AuditTrail audit;

	AuditApiController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "Audit entries in the administrator's scope, newest first or as sorted")
	Paged<AuditEntry> search(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@Parameter(description = "field,asc or field,desc by at, actor, action, target or region; newest first "
					+ "when absent; an unknown field is a 400 naming sort")
			@RequestParam(required = false) String sort) {
		caller.requireRole(Role.ADMIN);
		return audit.search(caller.scope(), actor, action, from, to, PageRequest.of(page, size, sort));
	}
}
