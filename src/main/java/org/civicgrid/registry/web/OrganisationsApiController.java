package org.civicgrid.registry.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.HistoryEntry;
import org.civicgrid.registry.NewOrganisation;
import org.civicgrid.registry.NewPart;
import org.civicgrid.registry.OrganisationQuery;
import org.civicgrid.registry.OrganisationView;
import org.civicgrid.registry.Organisations;
import org.civicgrid.registry.PartQuery;
import org.civicgrid.registry.PartState;
import org.civicgrid.registry.PartView;
import org.civicgrid.registry.Parts;
import org.civicgrid.registry.PlacesExport;
import org.civicgrid.registry.RegionStatistics;
import org.civicgrid.registry.RegistryStatistics;
import org.civicgrid.registry.RevealedContact;
import org.civicgrid.registry.Upserted;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "registry", description = "Organisations (contact masked, reveals audited), parts and statistics")
class OrganisationsApiController {

	record RevealRequest(String reason) {
	}

	private final Organisations organisations;
	private final org.civicgrid.registry.OrganisationExport exports;
	private final Parts parts;
	private final PlacesExport placeExports;
	private final RegistryStatistics statistics;

	OrganisationsApiController(Organisations organisations, org.civicgrid.registry.OrganisationExport exports,
			Parts parts, PlacesExport placeExports, RegistryStatistics statistics) {
		this.organisations = organisations;
		this.exports = exports;
		this.parts = parts;
		this.placeExports = placeExports;
		this.statistics = statistics;
	}

	@PutMapping("/organisations")
	@Operation(summary = "Create or update an organisation by unified social credit code (GB 32100)")
	ResponseEntity<Upserted<OrganisationView>> upsertOrganisation(@AuthenticationPrincipal Caller caller,
			@RequestBody NewOrganisation body, @RequestParam(defaultValue = "COUNTER") ChangeSource source) {
		return Answers.upserted(organisations.upsert(caller, body, source));
	}

	@GetMapping("/organisations")
	@Operation(summary = "Organisations in the caller's scope by name fragment or whole credit code; contact masked")
	Paged<OrganisationView> organisations(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@Parameter(description = "field,asc or field,desc by name, type, creditCode, employees or grid; by "
					+ "name when absent; an unknown field is a 400 naming sort")
			@RequestParam(required = false) String sort) {
		return organisations.search(caller, new OrganisationQuery(q, region), PageRequest.of(page, size, sort));
	}

	@GetMapping("/organisations/export.xlsx")
	@Operation(summary = "The filtered organisations as .xlsx, contact masked; revealReason (permitted roles) exports "
			+ "in clear; audited")
	void export(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String revealReason,
			HttpServletRequest http, HttpServletResponse response) throws IOException {
		Answers.xlsx(exports.prepare(caller, new OrganisationQuery(q, region), revealReason, http.getRemoteAddr()),
				"organisations.xlsx", response);
	}

	@GetMapping("/organisations/{id}")
	OrganisationView organisation(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return organisations.get(caller, id);
	}

	@GetMapping("/organisations/{id}/history")
	List<HistoryEntry> organisationHistory(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return organisations.history(caller, id);
	}

	@PostMapping("/organisations/{id}/reveal")
	@Operation(summary = "The contact phone in clear, for a permitted role with a reason; audited")
	RevealedContact reveal(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody(required = false) RevealRequest request, HttpServletRequest http) {
		return organisations.reveal(caller, id, request == null ? null : request.reason(), http.getRemoteAddr());
	}

	@PutMapping("/parts")
	@Operation(summary = "Create or update an infrastructure part by its 16-digit component code")
	ResponseEntity<Upserted<PartView>> upsertPart(@AuthenticationPrincipal Caller caller, @RequestBody NewPart body,
			@RequestParam(defaultValue = "COUNTER") ChangeSource source) {
		return Answers.upserted(parts.upsert(caller, body, source));
	}

	@GetMapping("/parts")
	@Operation(summary = "Parts in the caller's scope by code prefix, class code (4 digits), state, grid or region")
	Paged<PartView> parts(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String code,
			@RequestParam(required = false) String classCode, @RequestParam(required = false) PartState state,
			@RequestParam(required = false) String grid, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@Parameter(description = "field,asc or field,desc by code, name, state, ownerUnit or grid; by code when "
					+ "absent; an unknown field is a 400 naming sort")
			@RequestParam(required = false) String sort) {
		return parts.search(caller, new PartQuery(code, classCode, state, grid != null ? grid : region),
				PageRequest.of(page, size, sort));
	}

	@GetMapping("/parts/export.xlsx")
	@Operation(summary = "The filtered parts as .xlsx in the part template's columns, in the list's order; audited")
	void exportParts(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String code,
			@RequestParam(required = false) String classCode, @RequestParam(required = false) PartState state,
			@RequestParam(required = false) String grid, @RequestParam(required = false) String region,
			HttpServletRequest http, HttpServletResponse response) throws IOException {
		Answers.xlsx(placeExports.parts(caller, new PartQuery(code, classCode, state, grid != null ? grid : region),
				http.getRemoteAddr()), "parts.xlsx", response);
	}

	@GetMapping("/parts/{id}")
	PartView part(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return parts.get(caller, id);
	}

	@GetMapping("/parts/{id}/history")
	List<HistoryEntry> partHistory(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return parts.history(caller, id);
	}

	@GetMapping("/statistics")
	@Operation(summary = "Population, households, houses by occupancy, tag counts, organisations and parts of a region")
	RegionStatistics statistics(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) String region) {
		return statistics.of(caller, region);
	}
}
