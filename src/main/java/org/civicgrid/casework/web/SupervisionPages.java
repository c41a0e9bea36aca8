package org.civicgrid.casework.web;

import static org.civicgrid.casework.web.ReportForm.blankToNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.Colour;
import org.civicgrid.casework.SupervisionCard;
import org.civicgrid.casework.internal.ActionRequest;
import org.civicgrid.casework.internal.CaseService;
import org.civicgrid.casework.internal.SupervisionBoardReader;
import org.civicgrid.casework.internal.SupervisionQuery;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.Sort;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.ListLinks;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervision board (督办看板): the counts of the red and yellow cases in scope, and those cases as a list
 * searched, sorted by a header and paged like every staff list, each row with its supervise and instruct forms. A
 * card or an instruction posts here and comes back to the list as it stood; a refusal shows the list again with each
 * problem beside its field in that row's form and what was typed kept.
 */
@Controller
class SupervisionPages {

	static final int PAGE_SIZE = 20;

	static final PageForm SUPERVISE = PageForm.plain()
		.field("card", "casework.field.card")
		.field("note", "casework.field.note");

	static final PageForm INSTRUCT = PageForm.plain().field("note", "supervision.field.instruction");

	private static final String PATH = "/cases/supervision";

	private final SupervisionBoardReader supervision;
	private final CaseService cases;
	private final PageForms forms;
	private final MessageSource messages;

	SupervisionPages(SupervisionBoardReader supervision, CaseService cases, PageForms forms, MessageSource messages) {
		this.supervision = supervision;
		this.cases = cases;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String board(@AuthenticationPrincipal Caller caller, @ModelAttribute("filter") SupervisionQuery filter,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort, Model model) {
		return show(caller, filter, page, SupervisionQuery.SORTS.known(sort), null, model);
	}

	/** A card (督办) or an instruction (批示) from a row of the board. */
	@PostMapping(PATH + "/{id:\\d+}/{wire:supervise|instruct}")
	String act(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String wire,
			@RequestParam(required = false) String card, @RequestParam(required = false) String note,
			@RequestParam(required = false) String list, Locale locale, Model model, RedirectAttributes flash) {
		CaseAction action = CaseAction.fromWire(wire);
		PageForm form = action == CaseAction.SUPERVISE ? SUPERVISE : INSTRUCT;
		SupervisionCard chosen = Arrays.stream(SupervisionCard.values())
			.filter(c -> c.name().equals(card))
			.findFirst()
			.orElse(null);
		ActionRequest request = new ActionRequest(blankToNull(note), null, null, null, null, null, null, null, null,
				action == CaseAction.SUPERVISE ? chosen : null);
		FormErrors errors = forms.check(form, request, locale);
		if (!errors.any()) {
			try {
				cases.act(caller, id, action, request);
				flash.addFlashAttribute("message", messages.getMessage("casework.page.done",
						new Object[] { messages.getMessage("casework.action." + wire, null, locale) }, locale));
				return "redirect:" + ListLinks.back(list, PATH);
			}
			catch (ProblemException e) {
				errors = forms.refused(form, e, locale);
			}
		}
		model.addAttribute("typed", new Typed(id, wire, card, note));
		ListLinks.Posted posted = ListLinks.posted(list);
		SupervisionQuery filter = new SupervisionQuery(posted.value("text"), colour(posted.value("colour")),
				posted.value("category"), posted.value("grid"), posted.value("unit"));
		return show(caller, filter, posted.page(), posted.sort(SupervisionQuery.SORTS), errors.of(wire + "-" + id),
				model);
	}

	private String show(Caller caller, SupervisionQuery filter, int page, Sort sort, FormErrors errors, Model model) {
		model.addAttribute("board", supervision.counts(caller));
		model.addAttribute("cases", supervision.cases(caller, filter, new PageRequest(Math.max(0, page), PAGE_SIZE,
				sort)));
		model.addAttribute("filter", filter);
		model.addAttribute("sort", sort);
		model.addAttribute("colours", List.of(Colour.RED, Colour.YELLOW));
		model.addAttribute("cards", List.of(SupervisionCard.values()));
		model.addAttribute("formErrors", errors);
		return "casework/supervision";
	}

	private static Colour colour(String text) {
		return Arrays.stream(Colour.values()).filter(c -> c.name().equals(text)).findFirst().orElse(null);
	}

	/** A row's form as it was typed, shown again in that row beside a refusal. */
	record Typed(long id, String wire, String card, String note) {
	}
}
