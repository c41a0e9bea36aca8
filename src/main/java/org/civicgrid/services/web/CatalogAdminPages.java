package org.civicgrid.services.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.civicgrid.services.ServiceItemPublished;
import org.civicgrid.services.internal.AdminRow;
import org.civicgrid.services.internal.CatalogEditing;
import org.civicgrid.services.internal.CatalogEditing.CatalogImported;
import org.civicgrid.services.internal.ItemVersion;
import org.civicgrid.services.internal.LifeEvent;
import org.civicgrid.services.internal.MaterialForm;
import org.civicgrid.services.internal.ServiceCategory;
import org.civicgrid.services.internal.ServiceLevel;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.web.FormErrors;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalog's admin pages: every item with its state (published, a draft waiting), an item's form with its
 * materials and steps as rows, its versions with what each changed, publishing with a note, and the Excel workbook
 * out and in. A refusal shows the form again with each mistake beside its field and what was typed kept.
 */
@Controller
class CatalogAdminPages {

	static final PageForm ITEM = PageForm.plain()
		.field("code", "services.field.code")
		.field("name", "services.field.name")
		.field("category", "services.field.category")
		.field("level", "services.field.level")
		.field("conditions", "services.item.conditions")
		.field("materials", "services.field.materials")
		.field("steps", "services.item.steps")
		.field("timeLimitDays", "services.field.time-limit")
		.field("fee", "services.item.fee")
		.field("legalBasis", "services.item.legal-basis")
		.field("counter", "services.item.counter")
		.field("contact", "services.field.contact")
		.field("lifeEvents", "services.field.life-events");
	static final PageForm PUBLISH = PageForm.plain().field("note", "services.field.note");
	static final PageForm WORKBOOK = PageForm.plain().field("file", "services.field.file");

	private final CatalogEditing editing;
	private final PageForms forms;
	private final MessageSource messages;

	CatalogAdminPages(CatalogEditing editing, PageForms forms, MessageSource messages) {
		this.editing = editing;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping("/services/catalog/admin")
	String list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String q, Model model) {
		String words = q == null ? "" : q.strip();
		List<AdminRow> rows = editing.adminRows(caller).stream()
			.filter(r -> words.isEmpty() || r.code().contains(words.toUpperCase(Locale.ROOT)) || r.name().contains(words))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("q", words);
		model.addAttribute("drafts", rows.stream().filter(AdminRow::draft).count());
		return "services/catalog/admin";
	}

	@PostMapping("/services/catalog/admin/workbook")
	String importWorkbook(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String note, Locale locale, Model model, RedirectAttributes flash)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("formErrors",
					forms.problems(WORKBOOK, List.of(FieldProblem.of("file", "validation.required")), locale));
			return list(caller, null, model);
		}
		try (InputStream in = file.getInputStream()) {
			CatalogImported done = editing.importWorkbook(caller, in, note);
			flash.addFlashAttribute("message", messages.getMessage("services.admin.imported",
					new Object[] { done.items(), done.published() }, locale));
			return "redirect:/services/catalog/admin";
		}
		catch (ProblemException e) {
			model.addAttribute("formErrors", forms.refused(WORKBOOK, e, locale));
			return list(caller, null, model);
		}
	}

	@GetMapping("/services/catalog/admin/new")
	String newItem(@AuthenticationPrincipal Caller caller, Model model) {
		editing.requireEditor(caller);
		return form(model, new CatalogItemForm(), null, true);
	}

	@PostMapping("/services/catalog/admin/new")
	String create(@AuthenticationPrincipal Caller caller, @ModelAttribute("form") CatalogItemForm form, Locale locale,
			Model model, RedirectAttributes flash) {
		return save(caller, null, form, locale, model, flash);
	}

	@GetMapping("/services/catalog/admin/items/{code}")
	String edit(@AuthenticationPrincipal Caller caller, @PathVariable String code, Model model) {
		List<ItemVersion> versions = editing.versions(caller, code);
		return form(model, CatalogItemForm.of(versions.get(0).item()), versions, false);
	}

	@PostMapping("/services/catalog/admin/items/{code}")
	String saveDraft(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@ModelAttribute("form") CatalogItemForm form, Locale locale, Model model, RedirectAttributes flash) {
		return save(caller, code, form, locale, model, flash);
	}

	@PostMapping("/services/catalog/admin/items/{code}/publish")
	String publish(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestParam(required = false) String note, Locale locale, Model model, RedirectAttributes flash) {
		try {
			ServiceItemPublished done = editing.publish(caller, code, note);
			flash.addFlashAttribute("message",
					messages.getMessage("services.admin.published", new Object[] { code, done.version() }, locale));
			return "redirect:/services/catalog/admin/items/" + code;
		}
		catch (ProblemException e) {
			List<ItemVersion> versions = editing.versions(caller, code);
			model.addAttribute("publishErrors", forms.refused(PUBLISH, e, locale));
			model.addAttribute("note", note);
			return form(model, CatalogItemForm.of(versions.get(0).item()), versions, false);
		}
	}

	@PostMapping("/services/catalog/admin/items/{code}/discard")
	String discard(@AuthenticationPrincipal Caller caller, @PathVariable String code, Locale locale,
			RedirectAttributes flash) {
		editing.discardDraft(caller, code);
		flash.addFlashAttribute("message", messages.getMessage("services.admin.discarded", new Object[] { code }, locale));
		return editing.holds(caller, code) ? "redirect:/services/catalog/admin/items/" + code : "redirect:/services/catalog/admin";
	}

	private String save(Caller caller, String code, CatalogItemForm form, Locale locale, Model model,
			RedirectAttributes flash) {
		boolean create = code == null;
		try {
			ItemVersion saved = editing.saveDraft(caller, code, form.input(), create);
			flash.addFlashAttribute("message", messages.getMessage("services.admin.saved",
					new Object[] { saved.item().code(), saved.version() }, locale));
			return "redirect:/services/catalog/admin/items/" + saved.item().code();
		}
		catch (ProblemException e) {
			FormErrors errors = forms.refused(ITEM, e, locale);
			model.addAttribute("formErrors", errors);
			return form(model, form, create ? null : editing.versions(caller, code), create);
		}
	}

	private String form(Model model, CatalogItemForm form, List<ItemVersion> versions, boolean create) {
		model.addAttribute("form", form.withSpareRows());
		model.addAttribute("versions", versions == null ? List.of() : versions);
		model.addAttribute("hasDraft", versions != null && versions.get(0).draft());
		model.addAttribute("create", create);
		model.addAttribute("categories", ServiceCategory.values());
		model.addAttribute("levels", ServiceLevel.values());
		model.addAttribute("materialForms", MaterialForm.values());
		model.addAttribute("events", LifeEvent.values());
		return "services/catalog/admin-item";
	}
}
