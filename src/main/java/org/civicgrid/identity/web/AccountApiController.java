package org.civicgrid.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.identity.AccountChange;
import org.civicgrid.identity.AccountManagement;
import org.civicgrid.identity.AccountQuery;
import org.civicgrid.identity.AccountView;
import org.civicgrid.identity.NewAccount;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "accounts", description = "Accounts, roles and region scopes (administrators)")
class AccountApiController {

	record PasswordReset(@NotBlank String password) {
	}

	private final AccountManagement accounts;

	AccountApiController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "Accounts in the administrator's scope by a part of the username or name, role and region")
	Paged<AccountView> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String q,
			@RequestParam(required = false) Role role, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@Parameter(description = "field,asc or field,desc by username, name, role, region or enabled; by "
					+ "username when absent; an unknown field is a 400 naming sort")
			@RequestParam(required = false) String sort) {
		return accounts.list(caller, new AccountQuery(q, role, region), PageRequest.of(page, size, sort));
	}

	@GetMapping("/{id}")
	AccountView get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return accounts.get(caller, id);
	}

	@PostMapping
	@Operation(summary = "Open an account")
	ResponseEntity<AccountView> create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewAccount account) {
		return ResponseEntity.status(HttpStatus.CREATED).body(accounts.create(caller, account));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change name, role, scope or enable/disable; ends the account's sessions when access changes")
	AccountView change(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@Valid @RequestBody AccountChange change) {
		return accounts.change(caller, id, change);
	}

	@PostMapping("/{id}/password")
	@Operation(summary = "Reset the password; unlocks the account and ends its sessions")
	ResponseEntity<Void> resetPassword(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@Valid @RequestBody PasswordReset reset) {
		accounts.resetPassword(caller, id, reset.password());
		return ResponseEntity.noContent().build();
	}
}
