package org.civicgrid.registry.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.registry.ImportJob;
import org.civicgrid.registry.RegistryImports;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.web.PageForm;
import org.civicgrid.shared.web.PageForms;
import org.civicgrid.shared.web.ProblemText;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: choose a kind, download its template, upload a file; the page then polls the job (htmx, once a
 * second) for the progress bar and ends with the report and the rejects.
 */
@Controller
class ImportPages {

	static final PageForm UPLOAD = PageForm.plain()
		.field("kind", "imports.kind")
		.field("file", "imports.field.file");

	private final RegistryImports imports;
	private final ProblemText problems;
	private final PageForms forms;

	ImportPages(RegistryImports imports, ProblemText problems, PageForms forms) {
		this.imports = imports;
		this.problems = problems;
		this.forms = forms;
	}

	@GetMapping("/registry/imports")
	String page(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long job, Locale locale,
			Model model) {
		model.addAttribute("kinds", imports.kinds());
		if (job != null) {
			try {
				model.addAttribute("job", imports.job(caller, job));
			}
			catch (ProblemException e) {
				model.addAttribute("error", problems.of(e, locale));
			}
		}
		return "registry/imports";
	}

	@PostMapping("/registry/imports")
	String upload(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String kind,
			@RequestParam(required = false) MultipartFile file, Locale locale, Model model) throws IOException {
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
			model.addAttribute("kinds", imports.kinds());
			return "registry/imports";
		}
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
