package org.civicgrid.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details in the caller's language: {@code type} names the kind of problem,
 * {@code title} and {@code detail} come from the message bundles, {@code errors} lists what was wrong,
 * field by field. Used by the API's exception handler and by filters that answer before any controller.
 */
@Component
public class Problems {

	static final String TYPE_BASE = "https://civicgrid.org/problems/";

	private final MessageSource messages;
	private final JsonMapper json;
	private final LocaleResolver localeResolver;

	Problems(MessageSource messages, JsonMapper json, LocaleResolver localeResolver) {
		this.messages = messages;
		this.json = json;
		this.localeResolver = localeResolver;
	}

	public ProblemDetail build(HttpServletRequest request, HttpStatus status, String type, String detailKey,
			Object[] args, List<FieldProblem> errors) {
		Locale locale = localeOf(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(messages.getMessage("problem." + type + ".title", null,
				messages.getMessage("problem.status." + status.value(), null, status.getReasonPhrase(), locale), locale));
		problem.setDetail(messages.getMessage(detailKey, args, detailKey, locale));
		if (request != null) {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors.stream().map(e -> describe(e, locale)).toList());
		}
		return problem;
	}

	/** Writes a problem straight to the response, for filters that run before Spring MVC. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String detailKey, Object... args) throws IOException {
		ProblemDetail problem = build(request, status, type, detailKey, args, List.of());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	public String message(String key, Object[] args, Locale locale) {
		return messages.getMessage(key, args, key, locale);
	}

	private Map<String, Object> describe(FieldProblem e, Locale locale) {
		String message = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
		return e.item() == null ? Map.of("field", e.field(), "message", message)
				: Map.of("item", e.item(), "field", e.field(), "message", message);
	}

	/**
	 * The caller's language as the application resolves it (cookie, then Accept-Language, then zh-CN), also for
	 * filters that answer before the DispatcherServlet has exposed its resolver on the request.
	 */
	private Locale localeOf(HttpServletRequest request) {
		if (request == null) {
			return LocaleContextHolder.getLocale();
		}
		LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
		return (resolver != null ? resolver : localeResolver).resolveLocale(request);
	}
}
