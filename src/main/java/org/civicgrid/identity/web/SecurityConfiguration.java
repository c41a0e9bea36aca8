package org.civicgrid.identity.web;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.identity.internal.ApiTokens;
import org.civicgrid.identity.internal.LoginRefusedException;
import org.civicgrid.identity.internal.Logins;
import org.civicgrid.shared.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Two ways in. The API ({@code /api/**}, actuator) is stateless and takes bearer tokens; pages use form login
 * with a session kept in the database and CSRF protection. Both check passwords through {@link Logins}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 3600)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Problems problems) throws Exception {
		SecurityProblems answers = new SecurityProblems(problems);
		http.securityMatcher("/api/**", "/actuator/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers))
			.authorizeHttpRequests(a -> a
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
				// devices authenticate with their own alarm token (X-Alarm-Token), checked by casework
				.requestMatchers(HttpMethod.POST, "/api/v1/cases/alarms").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.anyRequest().authenticated());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, Logins logins) throws Exception {
		http.authenticationManager(new ProviderManager(new LoginAuthenticationProvider(logins)))
			.authorizeHttpRequests(a -> a
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
						"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailure()))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
		return http.build();
	}

	/**
	 * Sends the reason back to the login page, which says it in the user's language, with the username typed kept
	 * for it as a flash attribute (the password never).
	 */
	private static AuthenticationFailureHandler loginFailure() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
			String reason = e instanceof LoginRefusedException refused ? refused.reason().name().toLowerCase() : "bad_credentials";
			String username = request.getParameter("username");
			if (username != null && !username.isBlank() && username.length() <= 64) {
				FlashMap flash = new FlashMap();
				flash.put("username", username.strip());
				flash.setTargetRequestPath(request.getContextPath() + "/login");
				new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
			}
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		};
	}
}
