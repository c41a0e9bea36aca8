package org.civicgrid.services.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.services.internal.requests.AgencyMatter;
import org.civicgrid.services.internal.requests.AgencyService;
import org.civicgrid.services.internal.requests.AgencyStepInput;
import org.civicgrid.services.internal.requests.NewAgencyMatter;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/services/agency")
@Tag(name = "agency service", description = "帮办代办 (1+1+N): a grid worker carries a resident's matter through departments")
class AgencyApiController {

	record Finish(@Size(max = 2000) String result) {
	}

	private final AgencyService agency;

	AgencyApiController(AgencyService agency) {
		this.agency = agency;
	}

	@PostMapping
	@Operation(summary = "Start a matter for a resident (atHome: 上门服务); the grid worker is the caller unless named")
	ResponseEntity<AgencyMatter> start(@AuthenticationPrincipal Caller caller,
			@Valid @RequestBody NewAgencyMatter input) {
		AgencyMatter m = agency.start(caller, input);
		return ResponseEntity.created(URI.create("/api/v1/services/agency/" + m.id())).body(m);
	}

	@GetMapping
	@Operation(summary = "The matters in the caller's scope, open ones first; status OPEN or DONE")
	Paged<AgencyMatter> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return agency.list(caller, status, PageRequest.of(page, size));
	}

	@GetMapping("/mine")
	@Operation(summary = "The resident's own matters with their steps")
	List<AgencyMatter> mine(@AuthenticationPrincipal Caller caller) {
		return agency.mine(caller);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One matter with its steps: staff in scope, or its own resident")
	AgencyMatter get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return agency.get(caller, id);
	}

	@PostMapping("/{id}/steps")
	@Operation(summary = "Record a department visited: day, department, outcome")
	AgencyMatter step(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@Valid @RequestBody AgencyStepInput input) {
		return agency.addStep(caller, id, input);
	}

	@PostMapping("/{id}/finish")
	@Operation(summary = "Finish the matter (after at least one step)")
	AgencyMatter finish(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@Valid @RequestBody(required = false) Finish input) {
		return agency.finish(caller, id, input == null ? null : input.result());
	}
}
