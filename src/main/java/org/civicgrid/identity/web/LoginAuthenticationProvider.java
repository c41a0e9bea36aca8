package org.civicgrid.identity.web;

import org.civicgrid.identity.internal.Logins;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The login page's check: the same {@link Logins} the token endpoint uses. */
class LoginAuthenticationProvider implements AuthenticationProvider {

	private final Logins logins;

	LoginAuthenticationProvider(Logins logins) {
		this.logins = logins;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String addr = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
		var caller = logins.authenticate(authentication.getName(), String.valueOf(authentication.getCredentials()), addr);
		return BearerTokenFilter.authenticated(caller);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
