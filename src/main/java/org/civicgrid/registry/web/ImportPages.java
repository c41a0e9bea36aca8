package org.civicgrid.registry.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.registry.ImportJob;
import org.civicgrid.registry.ImportQuery;
import org.civicgrid.registry.ImportState;
import org.civicgrid.registry.RegistryImports;
import org.civicgrid.registry.internal.RegistrySorts;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.Sort;
import org.civicgrid.shared.web.ListLinks;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.civicgrid.shared.web.ProblemText;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: choose a kind, download its template, upload a file; the page then polls the job (htmx, once a
 * second) for the progress bar and ends with the report and the rejects. Below, the history of the caller's imports
 * (an administrator's: those of the scope), searched, sorted and paged like every staff list.
 */
@Controller
class ImportPages {

	static final PageForm UPLOAD = PageForm.plain()
		.field("kind", "imports.kind")
		.field("file", "imports.field.file");

	static final int HISTORY_SIZE = 20;

	private final RegistryImports imports;
	private final ProblemText problems;
	private final PageForms forms;

	ImportPages(RegistryImports imports, ProblemText problems, PageForms forms) {
		this.imports = imports;
		this.problems = problems;
		this.forms = forms;
	}

	@GetMapping("/registry/imports")
	String page(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long job,
			@ModelAttribute("filter") ImportQuery filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String sort, Locale locale, Model model) {
		if (job != null) {
			try {
				model.addAttribute("job", imports.job(caller, job));
			}
			catch (ProblemException e) {
				model.addAttribute("error", problems.of(e, locale));
			}
		}
		return show(caller, filter, page, RegistrySorts.IMPORTS.known(sort), model);
	}

	@PostMapping("/registry/imports")
	String upload(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String kind,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String list,
			Locale locale, Model model) throws IOException {
		try {
			if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
				throw InvalidInputException.of("file", "validation.required");
			}
			try (InputStream in = file.getInputStream()) {
				ImportJob job = imports.start(caller, kind, file.getOriginalFilename(), in);
				return "redirect:/registry/imports?job=" + job.id();
			}
		}
		catch (ProblemException e) {
			model.addAttribute("formErrors", forms.refused(UPLOAD, e, locale));
			model.addAttribute("kind", kind);
			ListLinks.Posted posted = ListLinks.posted(list);
			ImportQuery filter = new ImportQuery(posted.value("kind"), state(posted.value("state")),
					posted.value("q"), posted.value("owner"));
			return show(caller, filter, posted.page(), posted.sort(RegistrySorts.IMPORTS), model);
		}
	}

	/** The page with the import history as the search asks for it, a page at a time. */
	private String show(Caller caller, ImportQuery filter, int page, Sort sort, Model model) {
		model.addAttribute("kinds", imports.kinds());
		model.addAttribute("filter", filter);
		model.addAttribute("sort", sort);
		model.addAttribute("states", ImportState.values());
		model.addAttribute("admin", caller.role() == Role.ADMIN);
		model.addAttribute("history", imports.jobs(caller, filter, new PageRequest(Math.max(0, page), HISTORY_SIZE,
				sort)));
		return "registry/imports";
	}

	private static ImportState state(String text) {
		return Arrays.stream(ImportState.values()).filter(s -> s.name().equals(text)).findFirst().orElse(null);
	}

	@GetMapping("/registry/imports/{id}/status")
	String status(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
		model.addAttribute("job", imports.job(caller, id));
		return "registry/import-status :: status";
	}

	@GetMapping("/registry/imports/{id}/rejects.xlsx")
	void rejects(@AuthenticationPrincipal Caller caller, @PathVariable long id, HttpServletResponse response)
			throws IOException {
		imports.job(caller, id);
		response.setContentType(ImportsApiController.XLSX.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ImportsApiController.attachment("import-" + id + "-rejects.xlsx"));
		imports.writeResult(caller, id, response.getOutputStream());
	}

	@GetMapping("/registry/imports/templates/{kind}.{format}")
	void template(@PathVariable String kind, @PathVariable String format, HttpServletResponse response)
			throws IOException {
		var out = new java.io.ByteArrayOutputStream();
		imports.writeTemplate(kind, format, out);
		response.setContentType("csv".equalsIgnoreCase(format) ? ImportsApiController.CSV.toString()
				: ImportsApiController.XLSX.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ImportsApiController.attachment(kind + "-template." + format.toLowerCase(Locale.ROOT)));
		out.writeTo(response.getOutputStream());
	}
}
