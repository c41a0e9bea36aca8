package org.civicgrid.registry.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.registry.ResealJob;
import org.civicgrid.registry.SealedValues;
import org.civicgrid.registry.VaultRotation;
import org.civicgrid.shared.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registry/vault")
@Tag(name = "registry", description = "Key rotation of the personal-data vault (admins)")
class VaultApiController {

	private final VaultRotation rotation;

	VaultApiController(VaultRotation rotation) {
		this.rotation = rotation;
	}

	@GetMapping("/keys")
	@Operation(summary = "Stored sealed values per key id and column: what still needs resealing before a key goes")
	List<SealedValues> keys(@AuthenticationPrincipal Caller caller) {
		return rotation.sealedValues(caller);
	}

	@PostMapping("/reseal")
	@Operation(summary = "Reseal every value under an older key with the active key, in batches; 202 with the run, "
			+ "409 while another runs")
	ResponseEntity<ResealJob> reseal(@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		ResealJob job = rotation.start(caller, http.getRemoteAddr());
		return Answers.accepted("/api/v1/registry/vault/reseal/" + job.id(), job);
	}

	@GetMapping("/reseal/{id}")
	@Operation(summary = "A reseal run: state RUNNING/DONE/FAILED, total, resealed, changed meanwhile, unreadable")
	ResealJob job(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return rotation.job(caller, id);
	}
}
