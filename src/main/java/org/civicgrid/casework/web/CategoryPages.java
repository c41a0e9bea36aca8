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
import org.civicgrid.shared.ProblemException;
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

/** Category admin (/admin/categories, admins only): the catalog by big class, one form to add or change, Excel both ways. */
@Controller
class CategoryPages {

	private final CategoryService categories;
	private final DepartmentDirectory departments;
	private final PageInput input;

	CategoryPages(CategoryService categories, DepartmentDirectory departments, PageInput input) {
		this.categories = categories;
		this.departments = departments;
		this.input = input;
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
		model.addAttribute("editing", form != null);
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
			Locale locale, RedirectAttributes flash) {
		List<String> units = Arrays.stream(responsibleUnits.split("[\\s,、，]+")).filter(s -> !s.isBlank()).toList();
		CategoryDefinition d = new CategoryDefinition(code, bigName, smallName, filingStandard, timeLimit,
				closingStandard, units, escalateTo);
		try {
			CategoryDefinition saved = editing ? categories.update(caller, code, d) : categories.create(caller, d);
			flash.addFlashAttribute("message", input.message("category.page.saved", locale) + " " + saved.code());
			return "redirect:/admin/categories";
		}
		catch (ProblemException e) {
			flash.addFlashAttribute("error", input.refused(e, locale));
			flash.addFlashAttribute("form", d);
			return "redirect:/admin/categories" + (editing ? "?edit=" + code : "");
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
			Locale locale, RedirectAttributes flash) throws IOException {
		if (file == null || file.isEmpty()) {
			flash.addFlashAttribute("error", input.message("casework.category.import-empty", locale));
			return "redirect:/admin/categories";
		}
		try (InputStream in = file.getInputStream()) {
			int count = categories.importWorkbook(caller, in);
			flash.addFlashAttribute("message", input.message("category.page.imported", locale, count));
		}
		catch (ProblemException e) {
			flash.addFlashAttribute("error", input.refused(e, locale));
		}
		return "redirect:/admin/categories";
	}
}
