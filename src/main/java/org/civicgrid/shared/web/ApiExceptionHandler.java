package org.civicgrid.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure of an API controller into a localized problem detail. Nothing escapes as a stack trace:
 * an unexpected exception is logged and answered with a generic 500 problem.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Problems problems;
	private final MessageSource messages;
	private final WebSettings settings;

	ApiExceptionHandler(Problems problems, MessageSource messages, WebSettings settings) {
		this.problems = problems;
		this.messages = messages;
		this.settings = settings;
	}

	@ExceptionHandler(ProblemException.class)
	ProblemDetail problem(ProblemException e, HttpServletRequest request) {
		return problems.build(request, e.status(), e.type(), e.messageKey(), e.args(), e.errors());
	}

	@ExceptionHandler(RequestBodyLimitFilter.BodyTooLargeException.class)
	ProblemDetail bodyTooLarge(RuntimeException e, HttpServletRequest request) {
		return tooLarge(request, settings.maxBodySize().toBytes());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
		String field = fieldOf(e.getCause());
		List<FieldProblem> errors = field == null ? List.of() : List.of(FieldProblem.of(field, "validation.unreadable-field"));
		return problems.build(request, HttpStatus.BAD_REQUEST, "malformed-body", "problem.malformed-body.detail",
				new Object[0], errors);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
		List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream().map(this::fieldProblem).toList();
		return problems.build(request, HttpStatus.UNPROCESSABLE_CONTENT, "validation", "problem.validation.detail",
				new Object[] { errors.size() }, errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
		List<FieldProblem> errors = e.getParameterValidationResults().stream()
				.flatMap(r -> r.getResolvableErrors().stream()
						.map(err -> FieldProblem.of(r.getMethodParameter().getParameterName(), "validation.literal",
								messages.getMessage(err, LocaleContextHolder.getLocale()))))
				.toList();
		return problems.build(request, HttpStatus.BAD_REQUEST, "validation", "problem.validation.detail",
				new Object[] { errors.size() }, errors);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
		return badParameter(request, e.getName(), "validation.type");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
		return badParameter(request, e.getParameterName(), "validation.required");
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ProblemDetail missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
		return badParameter(request, e.getRequestPartName(), "validation.required");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
		return tooLarge(request, e.getMaxUploadSize());
	}

	/** 413 naming the limit in megabytes (an upload whose limit the container did not report names none). */
	private ProblemDetail tooLarge(HttpServletRequest request, long limitBytes) {
		String limit = limitBytes > 0 ? DataSize.ofBytes(limitBytes).toMegabytes() + " MB" : "";
		return problems.build(request, HttpStatus.CONTENT_TOO_LARGE, "too-large", "problem.too-large.detail",
				new Object[] { limit }, List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
		return problems.build(request, HttpStatus.METHOD_NOT_ALLOWED, "method", "problem.method.detail",
				new Object[] { e.getMethod() }, List.of());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
		return problems.build(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type", "problem.media-type.detail",
				new Object[] { String.valueOf(e.getContentType()) }, List.of());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail noResource(NoResourceFoundException e, HttpServletRequest request) {
		return problems.build(request, HttpStatus.NOT_FOUND, "not-found", "problem.no-endpoint.detail",
				new Object[] { request.getRequestURI() }, List.of());
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ProblemDetail denied(RuntimeException e, HttpServletRequest request) {
		return problems.build(request, HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail", new Object[0],
				List.of());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail conflict(DataIntegrityViolationException e, HttpServletRequest request) {
		log.info("Integrity violation on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
		return problems.build(request, HttpStatus.CONFLICT, "conflict", "problem.integrity.detail", new Object[0],
				List.of());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e, HttpServletRequest request) {
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
		return problems.build(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "problem.internal.detail",
				new Object[0], List.of());
	}

	private ProblemDetail badParameter(HttpServletRequest request, String name, String key) {
		return problems.build(request, HttpStatus.BAD_REQUEST, "validation", "problem.validation.detail",
				new Object[] { 1 }, List.of(FieldProblem.of(name, key)));
	}

	private FieldProblem fieldProblem(FieldError error) {
		return FieldProblem.of(error.getField(), "validation.literal",
				messages.getMessage(error, LocaleContextHolder.getLocale()));
	}

	private static String fieldOf(Throwable cause) {
		if (cause instanceof JacksonException je && !je.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (JacksonException.Reference ref : je.getPath()) {
				if (ref.getPropertyName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
				}
				else if (ref.getIndex() >= 0) {
					path.append('[').append(ref.getIndex()).append(']');
				}
			}
			return path.isEmpty() ? null : path.toString();
		}
		return null;
	}
}
