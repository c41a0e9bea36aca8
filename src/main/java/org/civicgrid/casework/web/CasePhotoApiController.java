package org.civicgrid.casework.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.casework.internal.ActionRequest;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.internal.CaseService;
import org.civicgrid.casework.internal.CasePhotoService;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.internal.IllegalCaseActionException;
import org.civicgrid.casework.NewCaseReport;
import org.civicgrid.casework.PhotoUpload;
import org.civicgrid.casework.internal.ReportAttachments;
import org.civicgrid.casework.internal.ReportedCase;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.web.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports and actions with photos ({@code multipart/form-data}: a {@code report} or {@code action} part holding the
 * same JSON as the plain endpoints, and {@code photos} parts, plus {@code photosAfter} when handling on the spot),
 * and the photos themselves, served to whoever may see the case.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "cases")
class CasePhotoApiController {

	private final CaseService cases;
	private final CasePhotoService photos;
	private final JsonMapper json;
	private final Validator validator;
	private final Problems problems;

	CasePhotoApiController(CaseService cases, CasePhotoService photos, JsonMapper json, Validator validator,
			Problems problems) {
		this.cases = cases;
		this.photos = photos;
		this.json = json;
		this.validator = validator;
		this.problems = problems;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Report a problem with photos: a 'report' part (the JSON of the plain report, with "
			+ "onTheSpot and handlingNote for 自处置), 'photos' parts and, on the spot, 'photosAfter' parts")
	ResponseEntity<ReportedCase> report(@AuthenticationPrincipal Caller caller, MultipartHttpServletRequest request) {
		NewCaseReport report = part(request, "report", NewCaseReport.class);
		ReportAttachments attachments = new ReportAttachments(uploads(request, "photos"), report.handledOnTheSpot(),
				report.handlingNote(), uploads(request, "photosAfter"));
		ReportedCase reported = cases.report(caller, report, attachments);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + reported.summary().id())).body(reported);
	}

	@PostMapping(path = "/{id}/actions/{action}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Do one step with photos: an 'action' part (the JSON body of the plain action) and 'photos'")
	CaseView act(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String action,
			MultipartHttpServletRequest request) {
		ActionRequest body = hasPart(request, "action") ? part(request, "action", ActionRequest.class)
				: ActionRequest.empty();
		return cases.act(caller, id, CaseAction.fromWire(action), body, uploads(request, "photos"));
	}

	@GetMapping("/{id}/photos/{photoId}")
	@Operation(summary = "A photo of the case, to whoever may see the case")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@PathVariable long photoId) {
		return serve(photos.photo(caller, id, photoId, false));
	}

	@GetMapping("/{id}/photos/{photoId}/thumbnail")
	@Operation(summary = "The 320 px JPEG thumbnail of a photo of the case")
	ResponseEntity<byte[]> thumbnail(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@PathVariable long photoId) {
		return serve(photos.photo(caller, id, photoId, true));
	}

	/** 409 with the actions the case's status allows, as the plain action endpoint answers it. */
	@ExceptionHandler(IllegalCaseActionException.class)
	ProblemDetail illegalAction(IllegalCaseActionException e, HttpServletRequest request) {
		ProblemDetail problem = problems.build(request, e.status(), e.type(), e.messageKey(), e.args(), e.errors());
		problem.setProperty("allowedActions", e.allowedActions().stream().map(CaseAction::wire).toList());
		problem.setProperty("caseStatus", e.caseStatus().name());
		return problem;
	}

	private static ResponseEntity<byte[]> serve(CasePhotoService.PhotoContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.bytes());
	}

	private static boolean hasPart(MultipartHttpServletRequest request, String name) {
		return request.getFile(name) != null || request.getParameter(name) != null;
	}

	/** A JSON part, sent as a file part or a plain field; 400 when missing or unreadable, 422 when invalid. */
	private <T> T part(MultipartHttpServletRequest request, String name, Class<T> type) {
		String text = request.getParameter(name);
		MultipartFile file = request.getFile(name);
		try {
			if (text == null && file != null) {
				text = new String(file.getBytes(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (text == null || text.isBlank()) {
			throw InvalidInputException.of(name, "validation.required");
		}
		T value;
		try {
			value = json.readValue(text, type);
		}
		catch (JacksonException e) {
			throw InvalidInputException.of(name, "casework.photo.unreadable-part", name);
		}
		List<FieldProblem> errors = new ArrayList<>();
		validator.validate(value)
			.stream()
			.sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
			.forEach(v -> errors.add(FieldProblem.of(v.getPropertyPath().toString(), "validation.literal",
					v.getMessage())));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return value;
	}

	private static List<PhotoUpload> uploads(MultipartHttpServletRequest request, String field) {
		return Uploads.of(field, request.getFiles(field));
	}
}
