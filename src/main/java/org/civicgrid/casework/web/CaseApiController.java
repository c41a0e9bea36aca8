package org.civicgrid.casework.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.casework.internal.ActionRequest;
import org.civicgrid.casework.internal.AssigneeChoices;
import org.civicgrid.casework.internal.AssigneeOptions;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseDetail;
import org.civicgrid.casework.internal.CaseService;
import org.civicgrid.casework.internal.CaseQuery;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Colour;
import org.civicgrid.casework.internal.IllegalCaseActionException;
import org.civicgrid.casework.NewCaseReport;
import org.civicgrid.casework.internal.ReportedCase;
import org.civicgrid.casework.internal.RevealedReporterContact;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.web.Problems;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "cases", description = "The closed loop: report, verify, file, dispatch, handle, check, close, rate")
class CaseApiController {

	private final CaseService cases;
	private final AssigneeChoices assignees;
	private final Problems problems;

	CaseApiController(CaseService cases, AssigneeChoices assignees, Problems problems) {
		this.cases = cases;
		this.assignees = assignees;
		this.problems = problems;
	}

	@PostMapping
	@Operation(summary = "Report a problem (patrol, resident, hotline); the grid is found from the location")
	ResponseEntity<ReportedCase> report(@AuthenticationPrincipal Caller caller,
			@Valid @RequestBody NewCaseReport report) {
		ReportedCase reported = cases.report(caller, report);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + reported.summary().id())).body(reported);
	}

	@GetMapping
	@Operation(summary = "Cases the caller may see, newest first or as sorted, filtered by status, colour, category, "
			+ "region, assignee, report days and text")
	Paged<CaseView> search(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) Colour colour, @RequestParam(required = false) String category,
			@RequestParam(required = false) String region, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@Parameter(description = "field,asc or field,desc by number, status (in the loop's order), category, grid, "
					+ "deadline or reported; newest first when absent; an unknown field is a 400 naming sort")
			@RequestParam(required = false) String sort) {
		return cases.search(caller, new CaseQuery(status, colour, category, region, assignee, from, to, text),
				PageRequest.of(page, size, sort));
	}

	@GetMapping("/reported-by-person/{personId}")
	@Operation(summary = "The cases a person of the registry reported (their phone in the reporter's contact), "
			+ "as far as the caller sees them; the person must be in the caller's scope")
	Paged<CaseView> reportedByPerson(@AuthenticationPrincipal Caller caller, @PathVariable long personId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return cases.reportedByPerson(caller, personId, PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One case with its whole trace and the actions the caller may take now")
	CaseDetail get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return cases.get(caller, id);
	}

	@GetMapping("/{id}/assignees")
	@Operation(summary = "Whom the caller may dispatch, reassign or escalate the case to (action=dispatch, reassign or "
			+ "escalate): the units that may take it inside the caller's scope, the staff answering there and the "
			+ "form's default; staff who see the case only")
	AssigneeOptions assignees(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(defaultValue = "dispatch") String action) {
		return assignees.of(caller, id, CaseAction.fromWire(action));
	}

	@PostMapping("/{id}/reporter-contact/reveal")
	@Operation(summary = "The reporter's contact in clear (masked everywhere else), for a permitted role with a "
			+ "reason; audited")
	RevealedReporterContact revealContact(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody(required = false) RevealRequest request, HttpServletRequest http) {
		return cases.revealReporterContact(caller, id, request == null ? null : request.reason(), http.getRemoteAddr());
	}

	/** The body of a reveal: why the caller needs the value in clear. */
	record RevealRequest(String reason) {
	}

	@PostMapping("/{id}/actions/{action}")
	@Operation(summary = "Do one step (verify, file, dispatch, handle, check-pass, rate …); 409 lists the allowed ones")
	CaseView act(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String action,
			@Valid @RequestBody(required = false) ActionRequest request) {
		return cases.act(caller, id, CaseAction.fromWire(action), request == null ? ActionRequest.empty() : request);
	}

	/** 409 with the actions the case's status allows, as wire names, besides the localized detail. */
	@ExceptionHandler(IllegalCaseActionException.class)
	ProblemDetail illegalAction(IllegalCaseActionException e, HttpServletRequest request) {
		ProblemDetail problem = problems.build(request, e.status(), e.type(), e.messageKey(), e.args(), e.errors());
		problem.setProperty("allowedActions", wires(e.allowedActions()));
		problem.setProperty("caseStatus", e.caseStatus().name());
		return problem;
	}

	private static List<String> wires(List<CaseAction> actions) {
		return actions.stream().map(CaseAction::wire).toList();
	}
}
