package org.civicgrid.registry.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.registry.DocumentType;
import org.civicgrid.registry.People;
import org.civicgrid.registry.PeopleExport;
import org.civicgrid.registry.PersonQuery;
import org.civicgrid.registry.PersonView;
import org.civicgrid.registry.internal.RegistrySorts;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.civicgrid.shared.web.ProblemText;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people list of the caller's scope: filters, sorting, paging, the tag chart and the register form. */
@Controller
class PeoplePages {

	static final int PAGE_SIZE = 20;

	static final PageForm NEW_PERSON = PageForm.plain()
		.field("name", "people.field.name")
		.field("documentType", "people.field.documentType")
		.field("idNumber", "people.field.idNumber")
		.field("phone", "people.field.phone")
		.field("gridCode", "people.field.gridCode")
		.field("source", "people.field.source")
		.field("tags", "people.field.tags");

	private final People people;
	private final PeopleExport exports;
	private final ProblemText problems;
	private final PageForms forms;
	private final MessageSource messages;
	private final Clock clock;

	PeoplePages(People people, PeopleExport exports, ProblemText problems, PageForms forms, MessageSource messages,
			Clock clock) {
		this.people = people;
		this.exports = exports;
		this.problems = problems;
		this.forms = forms;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/people")
	String list(@AuthenticationPrincipal Caller caller, @ModelAttribute("filter") PersonQuery filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort, Locale locale,
			Model model) {
		PageRequest request = new PageRequest(Math.max(0, page), PAGE_SIZE, RegistrySorts.PEOPLE.known(sort));
		return page(caller, filter, request, PersonForm.empty(ownGrid(caller)), locale, model);
	}

	/** The filtered list as the page shows it, masked, to open in Excel (audited like the API's export). */
	@GetMapping("/people/export.xlsx")
	void export(@AuthenticationPrincipal Caller caller, @ModelAttribute("filter") PersonQuery filter,
			HttpServletRequest http, HttpServletResponse response) throws IOException {
		PeopleExport.Export export = exports.prepare(caller, filter, null, http.getRemoteAddr());
		response.setContentType(ImportsApiController.XLSX.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ImportsApiController.attachment("people.xlsx"));
		export.writeTo(response.getOutputStream());
	}

	@PostMapping("/people")
	String register(@AuthenticationPrincipal Caller caller, @ModelAttribute("form") PersonForm form, Locale locale,
			Model model, RedirectAttributes flash) {
		try {
			PersonView person = people.register(caller, form.toNewPerson(), form.sourceOrCounter());
			flash.addFlashAttribute("message", messages.getMessage("people.registered", null, locale));
			return "redirect:/people/" + person.id();
		}
		catch (ProblemException e) {
			model.addAttribute("formErrors", forms.refused(NEW_PERSON, e, locale));
			return page(caller, PersonQuery.all(), new PageRequest(0, PAGE_SIZE), form, locale, model);
		}
	}

	private String page(Caller caller, PersonQuery filter, PageRequest page, PersonForm form, Locale locale,
			Model model) {
		Paged<PersonView> found;
		try {
			found = people.search(caller, filter, page);
		}
		catch (ProblemException e) {
			model.addAttribute("error", problems.of(e, locale));
			found = new Paged<>(List.of(), page.page(), PAGE_SIZE, 0);
		}
		model.addAttribute("filter", filter);
		model.addAttribute("sort", page.sort());
		model.addAttribute("people", found);
		model.addAttribute("tags", people.tags());
		Map<String, Long> counts = people.tagCounts(caller);
		model.addAttribute("chartLabels", List.copyOf(counts.keySet()));
		model.addAttribute("chartCounts", List.copyOf(counts.values()));
		model.addAttribute("form", form);
		model.addAttribute("documentTypes", DocumentType.values());
		model.addAttribute("sources", PersonForm.SOURCES);
		model.addAttribute("today", LocalDate.now(clock));
		return "people/list";
	}

	/** A grid worker registers people in their own grid: the form starts with it. */
	private static String ownGrid(Caller caller) {
		String code = caller.regionCode();
		return code != null && RegionLevel.ofCode(code).filter(l -> l == RegionLevel.GRID).isPresent() ? code : null;
	}
}
