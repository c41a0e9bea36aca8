package org.civicgrid.registry.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.registry.HouseQuery;
import org.civicgrid.registry.HouseholdQuery;
import org.civicgrid.registry.HouseholdView;
import org.civicgrid.registry.Households;
import org.civicgrid.registry.Houses;
import org.civicgrid.registry.Occupancy;
import org.civicgrid.registry.OrganisationExport;
import org.civicgrid.registry.OrganisationQuery;
import org.civicgrid.registry.PartQuery;
import org.civicgrid.registry.PlacesExport;
import org.civicgrid.registry.internal.RegistrySorts;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.Sort;
import org.civicgrid.shared.web.ProblemText;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The house and household lists with their filters, and the session routes behind every registry list's export
 * button: the file the list shows, masked, audited like the API's export.
 */
@Controller
class PlaceListPages {

	private final Houses houses;
	private final Households households;
	private final PlacesExport exports;
	private final OrganisationExport organisationExports;
	private final ProblemText problems;

	PlaceListPages(Houses houses, Households households, PlacesExport exports, OrganisationExport organisationExports,
			ProblemText problems) {
		this.houses = houses;
		this.households = households;
		this.exports = exports;
		this.organisationExports = organisationExports;
		this.problems = problems;
	}

	@GetMapping("/registry/houses")
	String houses(@AuthenticationPrincipal Caller caller, @ModelAttribute("filter") HouseQuery filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort, Locale locale,
			Model model) {
		PageRequest request = pageOf(page, RegistrySorts.HOUSES.known(sort), model);
		model.addAttribute("houses", found(() -> houses.search(caller, filter, request), problems, locale, model));
		model.addAttribute("occupancies", Occupancy.values());
		return "registry/houses";
	}

	@GetMapping("/registry/households")
	String households(@AuthenticationPrincipal Caller caller, @ModelAttribute("filter") HouseholdQuery filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort, Locale locale,
			Model model) {
		PageRequest request = pageOf(page, RegistrySorts.HOUSEHOLDS.known(sort), model);
		Paged<HouseholdView> found = found(() -> households.search(caller, filter, request), problems, locale, model);
		model.addAttribute("households", found);
		return "registry/households";
	}

	@GetMapping("/registry/houses/export.xlsx")
	void exportHouses(@AuthenticationPrincipal Caller caller, @ModelAttribute HouseQuery filter,
			HttpServletRequest http, HttpServletResponse response) throws IOException {
		Answers.xlsx(exports.houses(caller, filter, http.getRemoteAddr()), "houses.xlsx", response);
	}

	@GetMapping("/registry/households/export.xlsx")
	void exportHouseholds(@AuthenticationPrincipal Caller caller, @ModelAttribute HouseholdQuery filter,
			HttpServletRequest http, HttpServletResponse response) throws IOException {
		Answers.xlsx(exports.households(caller, filter, null, http.getRemoteAddr()), "households.xlsx", response);
	}

	@GetMapping("/registry/parts/export.xlsx")
	void exportParts(@AuthenticationPrincipal Caller caller, @ModelAttribute PartQuery filter,
			HttpServletRequest http, HttpServletResponse response) throws IOException {
		Answers.xlsx(exports.parts(caller, filter, http.getRemoteAddr()), "parts.xlsx", response);
	}

	@GetMapping("/registry/organisations/export.xlsx")
	void exportOrganisations(@AuthenticationPrincipal Caller caller, @ModelAttribute OrganisationQuery filter,
			HttpServletRequest http, HttpServletResponse response) throws IOException {
		Answers.xlsx(organisationExports.prepare(caller, filter, null, http.getRemoteAddr()),
				"organisations.xlsx", response);
	}

	/** The page of the list, or an empty one with the filter's problem shown above it. */
	static <T> Paged<T> found(Supplier<Paged<T>> search, ProblemText problems, Locale locale, Model model) {
		try {
			return search.get();
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", problems.of(e, locale));
			return new Paged<>(List.of(), 0, RegistryPages.PAGE_SIZE, 0);
		}
	}

	/** The page asked for, sorted as the list knows how (the sort also goes to the model, for the headers). */
	static PageRequest pageOf(int page, Sort sort, Model model) {
		model.addAttribute("sort", sort);
		return new PageRequest(Math.max(0, page), RegistryPages.PAGE_SIZE, sort);
	}
}
