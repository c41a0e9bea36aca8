package org.civicgrid.casework.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicgrid.casework.CaseCatalog;
import org.civicgrid.casework.internal.CaseService;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Category;
import org.civicgrid.casework.internal.ReportAttachments;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ProblemException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The phone-first report form (随手拍 for residents, patrol reports for grid workers): category, description, a point
 * on the map, address and contact. A refusal shows the form again with the reason and the values kept, and each
 * named field's message beside it (the location's beside the map).
 */
@Controller
class CaseReportPages {

	/** The fields whose message the form shows beside them; a refusal naming only these needs no long sentence on top. */
	private static final Set<String> SHOWN_BESIDE = Set.of("location");

	private final CaseService cases;
	private final CaseCatalog catalog;
	private final PageInput input;

	CaseReportPages(CaseService cases, CaseCatalog catalog, PageInput input) {
		this.cases = cases;
		this.catalog = catalog;
		this.input = input;
	}

	@GetMapping("/cases/new")
	String form(Model model) {
		return show(ReportForm.empty(), null, Map.of(), null, model);
	}

	@PostMapping("/cases")
	String report(@AuthenticationPrincipal Caller caller, @ModelAttribute ReportForm form,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos,
			@RequestParam(name = "photosAfter", required = false) List<MultipartFile> photosAfter,
			@RequestParam(name = "onTheSpot", defaultValue = "false") boolean onTheSpot,
			@RequestParam(name = "handlingNote", required = false) String handlingNote, Locale locale, Model model,
			RedirectAttributes flash) {
		var report = form.toReport(null);
		String invalid = input.invalid(report, locale);
		if (invalid != null) {
			Map<String, String> fields = new LinkedHashMap<>(input.invalidFields(report, locale));
			if (report.location() == null) {
				// "must not be null" says nothing to a resident who has not tapped the map yet
				fields.put("location", input.message("casework.page.pick-point", locale));
			}
			return show(form, invalid, fields, locale, model);
		}
		try {
			CaseView view = cases.report(caller, report, new ReportAttachments(Uploads.of("photos", photos), onTheSpot,
					ReportForm.blankToNull(handlingNote), Uploads.of("photosAfter", photosAfter))).summary();
			flash.addFlashAttribute("message", input.message("casework.page.reported", locale, view.number()));
			return "redirect:/cases/" + view.id();
		}
		catch (ProblemException e) {
			return show(form, input.refused(e, locale), input.refusedFields(e, locale), locale, model);
		}
	}

	private String show(ReportForm form, String error, Map<String, String> fieldErrors, Locale locale, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("error", !fieldErrors.isEmpty() && SHOWN_BESIDE.containsAll(fieldErrors.keySet())
				? input.message("casework.page.fix-marked", locale,
						fieldErrors.keySet().stream().map(f -> input.label(f, locale)).collect(Collectors.joining("、")))
				: error);
		model.addAttribute("fieldErrors", fieldErrors);
		model.addAttribute("photoAccept", "image/jpeg,image/png,image/webp");
		model.addAttribute("categories", byBigClass(catalog.categories()));
		return "casework/new";
	}

	/** The categories under their big class ("事件 · 市容环境"), in catalog order. */
	private static Map<String, List<Category>> byBigClass(List<Category> categories) {
		Map<String, List<Category>> groups = new LinkedHashMap<>();
		for (Category category : categories) {
			String big = category.kind().prefix() + category.bigCode() + " " + category.bigName();
			groups.computeIfAbsent(big, k -> new java.util.ArrayList<>()).add(category);
		}
		return groups;
	}
}
