package org.civicgrid.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 from the security filters, as problem details like every other API error. */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Problems problems;

	SecurityProblems(Problems problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "problem.unauthenticated.detail");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail");
	}
}
