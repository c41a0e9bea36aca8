package org.civicgrid.open311.web;

import java.util.List;
import java.util.Map;

import org.civicgrid.open311.ApiKeyView;
import org.civicgrid.open311.IssuedKey;
import org.civicgrid.open311.Open311Keys;
import org.civicgrid.shared.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins issue (the key is in this answer only), list and revoke Open311 API keys. */
@RestController
@RequestMapping("/api/v1/open311/keys")
class Open311KeyApiController {

	record NewKey(String label) {
	}

	private final Open311Keys keys;

	Open311KeyApiController(Open311Keys keys) {
		this.keys = keys;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	IssuedKey issue(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) NewKey body) {
		return keys.issue(caller, body == null ? null : body.label());
	}

	@GetMapping
	Map<String, List<ApiKeyView>> list(@AuthenticationPrincipal Caller caller) {
		return Map.of("items", keys.list(caller));
	}

	@DeleteMapping("/{id}")
	ApiKeyView delete(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return keys.revoke(caller, id);
	}

	@PostMapping("/{id}/revoke")
	ApiKeyView revoke(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return keys.revoke(caller, id);
	}
}
