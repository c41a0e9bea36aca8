package org.civicgrid.registry.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.NewPerson;
import org.civicgrid.registry.People;
import org.civicgrid.registry.PersonChange;
import org.civicgrid.registry.PersonHistoryEntry;
import org.civicgrid.registry.PersonQuery;
import org.civicgrid.registry.PersonView;
import org.civicgrid.registry.RevealedIdentifiers;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registry/people")
@Tag(name = "registry", description = "People of the registry, ID and phone numbers masked; reveals are audited")
class PeopleApiController {

	record RevealRequest(String reason) {
	}

	private final People people;
	private final org.civicgrid.registry.PeopleExport exports;

	PeopleApiController(People people, org.civicgrid.registry.PeopleExport exports) {
		this.people = people;
		this.exports = exports;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a person in a grid of the caller's scope; source says where the data came from")
	PersonView register(@AuthenticationPrincipal Caller caller, @RequestBody NewPerson person,
			@RequestParam(defaultValue = "COUNTER") ChangeSource source) {
		return people.register(caller, person, source);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change some fields (null keeps, empty clears); the change is kept in the history")
	PersonView update(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody PersonChange change,
			@RequestParam(defaultValue = "COUNTER") ChangeSource source) {
		return people.update(caller, id, change, source);
	}

	@GetMapping
	@Operation(summary = "People in the caller's scope by name substring, exact ID or phone number, tag, region")
	Paged<PersonView> search(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String q,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@Parameter(description = "field,asc or field,desc by name, birthDate or grid; in id order when "
					+ "absent; an unknown field is a 400 naming sort")
			@RequestParam(required = false) String sort) {
		return people.search(caller, new PersonQuery(q, idNumber, phone, tag, region), PageRequest.of(page, size, sort));
	}

	@GetMapping("/export.xlsx")
	@Operation(summary = "The filtered list as .xlsx, masked; revealReason (permitted roles) exports in clear; audited")
	void export(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String q,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String region,
			@RequestParam(required = false) String revealReason, HttpServletRequest http,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		var export = exports.prepare(caller, new PersonQuery(q, idNumber, phone, tag, region), revealReason,
				http.getRemoteAddr());
		// streamed on the request thread: an async body would be re-authorized without the bearer token
		response.setContentType(ImportsApiController.XLSX.toString());
		response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
				ImportsApiController.attachment("people.xlsx"));
		export.writeTo(response.getOutputStream());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One person, ID and phone numbers masked")
	PersonView get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return people.get(caller, id);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "The person's changes, newest first; identifiers masked")
	List<PersonHistoryEntry> history(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return people.history(caller, id);
	}

	@PostMapping("/{id}/reveal")
	@Operation(summary = "The ID and phone numbers in clear, for a permitted role with a reason; audited")
	RevealedIdentifiers reveal(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody(required = false) RevealRequest request, HttpServletRequest http) {
		return people.reveal(caller, id, request == null ? null : request.reason(), http.getRemoteAddr());
	}
}
