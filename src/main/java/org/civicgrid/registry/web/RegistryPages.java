package org.civicgrid.registry.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.civicgrid.registry.BuildingView;
import org.civicgrid.registry.Buildings;
import org.civicgrid.registry.HouseView;
import org.civicgrid.registry.HouseholdView;
import org.civicgrid.registry.Households;
import org.civicgrid.registry.Houses;
import org.civicgrid.registry.OrganisationQuery;
import org.civicgrid.registry.Organisations;
import org.civicgrid.registry.PartQuery;
import org.civicgrid.registry.PartState;
import org.civicgrid.registry.Parts;
import org.civicgrid.registry.People;
import org.civicgrid.registry.RegionStatistics;
import org.civicgrid.registry.RegistryStatistics;
import org.civicgrid.registry.internal.RegistrySorts;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.web.PageForms;
import org.civicgrid.shared.web.ProblemText;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The registry's pages beside the people: a building as a units × floors grid, a house with its residents, a
 * household card, organisations (list and card with an audited reveal of the contact), parts and statistics.
 */
@Controller
class RegistryPages {

	static final int PAGE_SIZE = 20;

	private final Buildings buildings;
	private final Houses houses;
	private final Households households;
	private final Organisations organisations;
	private final Parts parts;
	private final People people;
	private final RegistryStatistics statistics;
	private final ProblemText problems;
	private final PageForms forms;
	private final MessageSource messages;

	RegistryPages(Buildings buildings, Houses houses, Households households, Organisations organisations, Parts parts,
			People people, RegistryStatistics statistics, ProblemText problems, PageForms forms,
			MessageSource messages) {
		this.forms = forms;
		this.messages = messages;
		this.buildings = buildings;
		this.houses = houses;
		this.households = households;
		this.organisations = organisations;
		this.parts = parts;
		this.people = people;
		this.statistics = statistics;
		this.problems = problems;
	}

	@GetMapping("/registry/buildings/{code}")
	String building(@AuthenticationPrincipal Caller caller, @PathVariable String code, Model model) {
		BuildingView building = buildings.get(caller, code);
		model.addAttribute("building", building);
		model.addAttribute("grid", BuildingGrid.of(building));
		long lived = building.houses().stream().mapToInt(HouseView::residents).sum();
		model.addAttribute("residents", lived);
		return "registry/building";
	}

	@GetMapping("/registry/houses/{id}")
	String house(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("house", houses.get(caller, id));
		model.addAttribute("households", households.ofHouse(caller, id));
		model.addAttribute("history", houses.history(caller, id));
		return "registry/house";
	}

	@GetMapping("/registry/households/{id}")
	String household(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		HouseholdView household = households.get(caller, id);
		model.addAttribute("household", household);
		model.addAttribute("history", households.history(caller, id));
		return "registry/household";
	}

	@GetMapping("/registry/organisations")
	String organisations(@AuthenticationPrincipal Caller caller, @ModelAttribute("filter") OrganisationQuery filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort, Locale locale,
			Model model) {
		PageRequest request = PlaceListPages.pageOf(page, RegistrySorts.ORGANISATIONS.known(sort), model);
		model.addAttribute("organisations",
				PlaceListPages.found(() -> organisations.search(caller, filter, request), problems, locale, model));
		return "registry/organisations";
	}

	@GetMapping("/registry/organisations/{id}")
	String organisation(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("organisation", organisations.get(caller, id));
		model.addAttribute("history", organisations.history(caller, id));
		model.addAttribute("canReveal", people.canReveal(caller));
		return "registry/organisation";
	}

	@PostMapping("/registry/organisations/{id}/reveal")
	String reveal(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) String reason, HttpServletRequest request, Locale locale, Model model) {
		try {
			model.addAttribute("revealed", organisations.reveal(caller, id, reason, request.getRemoteAddr()));
		}
		catch (InvalidInputException e) {
			model.addAttribute("formErrors", forms.refused(PersonPages.REVEAL, e, locale));
			model.addAttribute("reason", reason);
		}
		return organisation(caller, id, model);
	}

	@GetMapping("/registry/parts")
	String parts(@AuthenticationPrincipal Caller caller, @ModelAttribute("filter") PartQuery filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort, Locale locale,
			Model model) {
		PageRequest request = PlaceListPages.pageOf(page, RegistrySorts.PARTS.known(sort), model);
		model.addAttribute("parts",
				PlaceListPages.found(() -> parts.search(caller, filter, request), problems, locale, model));
		model.addAttribute("states", PartState.values());
		return "registry/parts";
	}

	@GetMapping("/registry/statistics")
	String statistics(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String region,
			Locale locale, Model model) {
		try {
			RegionStatistics stats = statistics.of(caller, region);
			model.addAttribute("stats", stats);
			model.addAttribute("occupancyLabels", stats.houses().keySet().stream()
				.map(o -> messages.getMessage("registry.occupancy.%s".formatted(o.name()), null, locale)).toList());
			model.addAttribute("occupancyCounts", List.copyOf(stats.houses().values()));
			model.addAttribute("tagLabels", List.copyOf(stats.tags().keySet()));
			model.addAttribute("tagCounts", List.copyOf(stats.tags().values()));
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", problems.of(e, locale));
		}
		model.addAttribute("region", region);
		return "registry/statistics";
	}
}
