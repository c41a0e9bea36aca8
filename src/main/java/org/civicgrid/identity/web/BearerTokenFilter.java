package org.civicgrid.identity.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.shared.Caller;
import org.civicgrid.identity.internal.ApiTokens;
import org.civicgrid.shared.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API requests from {@code Authorization: Bearer <token>}; a dead token is refused with 401. */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;
	private final Problems problems;

	BearerTokenFilter(ApiTokens tokens, Problems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (isLogin(request) || header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		var caller = tokens.resolve(header.substring(PREFIX.length()).trim());
		if (caller.isEmpty()) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "invalid-token", "problem.invalid-token.detail");
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(authenticated(caller.get()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Signing in needs no token: a stale one sent along must not block getting a new one. */
	private static boolean isLogin(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/api/v1/auth/token".equals(request.getServletPath());
	}

	static UsernamePasswordAuthenticationToken authenticated(Caller caller) {
		return UsernamePasswordAuthenticationToken.authenticated(caller, null,
				List.of(new SimpleGrantedAuthority(caller.role().authority())));
	}
}
