package org.civicgrid.open311.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Open311 has its own way in: other systems call {@code /open311/**} without a session or bearer token (reads are
 * public, posts carry an {@code api_key} checked by the endpoint), so no login, no CSRF token, no session.
 */
@Configuration(proxyBeanMethods = false)
class Open311Security {

	@Bean
	@Order(0)
	SecurityFilterChain open311(HttpSecurity http) throws Exception {
		http.securityMatcher("/open311/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.anonymous(a -> {
			})
			.authorizeHttpRequests(a -> a.anyRequest().permitAll());
		return http.build();
	}
}
