package org.civicgrid.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.shared.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the signed-in caller, their sidebar ({@link Menu}) and the web settings into every page model, for
 * navigation and maps. An interceptor
 * rather than {@code @ModelAttribute} methods of a controller advice: advice meant for {@code @Controller} also
 * matches every {@code @RestController} (it carries {@code @Controller}), and building a model factory on every API
 * request cost intake about 5 % of its CPU. Here only an answer that renders a view pays, and only a map lookup.
 */
class PageModelInterceptor implements HandlerInterceptor {

	private final WebSettings settings;
	private final Menu menu;

	PageModelInterceptor(WebSettings settings, Menu menu) {
		this.settings = settings;
		this.menu = menu;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || view.getViewName() != null && view.getViewName().startsWith("redirect:")) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
			view.addObject("caller", caller);
			String path = request.getRequestURI().substring(request.getContextPath().length());
			view.addObject("menu", menu.of(caller, path));
		}
		view.addObject("webSettings", settings);
	}
}
