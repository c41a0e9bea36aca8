package org.civicgrid.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.identity.internal.ApiTokens;
import org.civicgrid.identity.internal.LoginRefusedException;
import org.civicgrid.identity.internal.Logins;
import org.civicgrid.shared.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/token")
@Tag(name = "auth", description = "Bearer tokens for the API")
class AuthTokenController {

	/** Spring logs request and response bodies at DEBUG: neither the password nor the token may show there. */
	record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {

		@Override
		public String toString() {
			return "Credentials[username=" + username + ", password=***]";
		}
	}

	record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
			@JsonProperty("expires_in") long expiresIn) {

		@Override
		public String toString() {
			return "TokenResponse[access_token=***, expires_in=" + expiresIn + "]";
		}
	}

	private final Logins logins;
	private final ApiTokens tokens;
	private final Problems problems;

	AuthTokenController(Logins logins, ApiTokens tokens, Problems problems) {
		this.logins = logins;
		this.tokens = tokens;
		this.problems = problems;
	}

	@PostMapping
	@Operation(summary = "Exchange a username and password for a bearer token")
	TokenResponse issue(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
		var caller = logins.authenticate(credentials.username(), credentials.password(), request.getRemoteAddr());
		var issued = tokens.issue(caller);
		return new TokenResponse(issued.token(), "Bearer", issued.expiresIn().toSeconds());
	}

	@DeleteMapping
	@Operation(summary = "Revoke the token this request carries")
	ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
		tokens.revoke(authorization.substring("Bearer ".length()).trim());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(LoginRefusedException.class)
	ProblemDetail refused(LoginRefusedException e, HttpServletRequest request) {
		return switch (e.reason()) {
			case BAD_CREDENTIALS -> problems.build(request, HttpStatus.UNAUTHORIZED, "login-failed",
					"problem.login-failed.detail", new Object[0], List.of());
			case LOCKED -> problems.build(request, HttpStatus.LOCKED, "account-locked", "problem.account-locked.detail",
					new Object[] { java.util.Date.from(e.lockedUntil()) }, List.of());
			case DISABLED -> problems.build(request, HttpStatus.FORBIDDEN, "account-disabled",
					"problem.account-disabled.detail", new Object[0], List.of());
		};
	}
}
