package org.civicgrid.casework.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.internal.CategoryService;
import org.civicgrid.casework.internal.CategoryDefinition;
import org.civicgrid.casework.Department;
import org.civicgrid.casework.DepartmentDirectory;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Category admin (/admin/categories, admins only): the catalog by big class, one form to add or change, Excel both
 * ways. A refusal shows the page again with the form open, the wrong fields marked and what was typed kept; a
 * refused workbook names its rows.
 */
@Controller
class CategoryPages {

	static final PageForm CATEGORY = PageForm.plain()
		.field("code", "category.page.code")
		.field("bigName", "category.page.bigName")
		.field("smallName", "category.page.smallName")
		.field("timeLimit", "category.page.timeLimit")
		.field("escalateTo", "category.page.escalateTo")
		.field("filingStandard", "category.page.filingStandard")
		.field("closingStandard", "category.page.closingStandard")
		.field("responsibleUnits", "category.page.units");

	/** The workbook upload: the file itself, and the columns its rows are refused by. */
	static final PageForm CATEGORY_IMPORT = PageForm.plain()
		.field("file", "category.page.import-file")
		.field("code", "category.page.code")
		.field("bigName", "category.page.bigName")
		.field("smallName", "category.page.smallName")
		.field("filingStandard", "category.page.filingStandard")
		.field("timeLimit", "category.page.timeLimit")
		.field("closingStandard", "category.page.closingStandard")
		.field("responsibleUnits", "category.page.units")
		.field("escalateTo", "category.page.escalateTo");

	private final CategoryService categories;
	private final DepartmentDirectory departments;
	private final PageInput input;
	private final PageForms forms;

	CategoryPages(CategoryService categories, DepartmentDirectory departments, PageInput input, PageForms forms) {
		this.categories = categories;
		this.departments = departments;
		this.input = input;
		this.forms = forms;
	}

	@GetMapping("/admin/categories")
	String list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String edit, Model model) {
		List<CategoryDefinition> all = categories.list(caller);
		Map<String, List<CategoryDefinition>> byBig = new LinkedHashMap<>();
		for (CategoryDefinition d : all) {
			byBig.computeIfAbsent(d.code().substring(0, 3) + " " + d.bigName(), k -> new java.util.ArrayList<>()).add(d);
		}
		Map<String, String> units = new LinkedHashMap<>();
		for (Department d : departments.list(caller)) {
			units.put(d.code(), d.name());
		}
		CategoryDefinition form = edit == null ? null
				: all.stream().filter(d -> d.code().equals(edit)).findFirst().orElse(null);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form == null ? new CategoryDefinition("", "", "", "", "", "", List.of(), null) : form);
		}
		if (!model.containsAttribute("editing")) {
			model.addAttribute("editing", form != null);
		}
		model.addAttribute("groups", byBig);
		model.addAttribute("units", units);
		model.addAttribute("levels", AssigneeLevel.values());
		return "casework/categories";
	}

	@PostMapping("/admin/categories")
	String save(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "false") boolean editing,
			@RequestParam String code, @RequestParam String bigName, @RequestParam String smallName,
			@RequestParam String filingStandard, @RequestParam String timeLimit, @RequestParam String closingStandard,
			@RequestParam(defaultValue = "") String responsibleUnits, @RequestParam(required = false) AssigneeLevel escalateTo,
			Locale locale, Model model, RedirectAttributes flash) {
		List<String> units = Arrays.stream(responsibleUnits.split("[\\s,、，]+")).filter(s -> !s.isBlank()).toList();
		CategoryDefinition d = new CategoryDefinition(code, bigName, smallName, filingStandard, timeLimit,
				closingStandard, units, escalateTo);
		try {
			CategoryDefinition saved = editing ? categories.update(caller, code, d) : categories.create(caller, d);
			flash.addFlashAttribute("message", input.message("category.page.saved", locale) + " " + saved.code());
			return "redirect:/admin/categories";
		}
		catch (ProblemException e) {
			model.addAttribute("formErrors", forms.refused(CATEGORY, e, locale).of("category-form"));
			model.addAttribute("form", d);
			model.addAttribute("editing", editing);
			return list(caller, null, model);
		}
	}

	@GetMapping("/admin/categories/export.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal Caller caller, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		categories.export(caller, locale, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CategoryApiController.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"categories.xlsx\"")
			.body(out.toByteArray());
	}

	@PostMapping("/admin/categories/import")
	String importFile(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) MultipartFile file,
			Locale locale, Model model, RedirectAttributes flash) throws IOException {
		FormErrors errors;
		if (file == null || file.isEmpty()) {
			errors = forms.problems(CATEGORY_IMPORT, List.of(FieldProblem.of("file", "casework.category.import-empty")),
					locale);
		}
		else {
			try (InputStream in = file.getInputStream()) {
				int count = categories.importWorkbook(caller, in);
				flash.addFlashAttribute("message", input.message("category.page.imported", locale, count));
				return "redirect:/admin/categories";
			}
			catch (ProblemException e) {
				errors = forms.refused(CATEGORY_IMPORT, e, locale);
			}
		}
		model.addAttribute("formErrors", errors.of("category-import"));
		return list(caller, null, model);
	}
}
