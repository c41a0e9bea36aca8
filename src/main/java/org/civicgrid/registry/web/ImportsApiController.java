package org.civicgrid.registry.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.registry.ImportJob;
import org.civicgrid.registry.ImportQuery;
import org.civicgrid.registry.ImportState;
import org.civicgrid.registry.RegistryImports;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/registry/imports")
@Tag(name = "registry", description = "Bulk import of registry records from .xlsx or .csv, as background jobs")
class ImportsApiController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final RegistryImports imports;

	ImportsApiController(RegistryImports imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload an .xlsx or .csv (UTF-8 or GBK) of the kind; answers 202 with the running job")
	ResponseEntity<ImportJob> start(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file)
			throws IOException {
		if (kind == null || kind.isBlank()) {
			throw InvalidInputException.of("kind", "validation.required");
		}
		if (file == null) {
			throw InvalidInputException.of("file", "validation.required");
		}
		try (InputStream in = file.getInputStream()) {
			ImportJob job = imports.start(caller, kind, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
					in);
			return Answers.accepted("/api/v1/registry/imports/" + job.id(), job);
		}
	}

	@GetMapping
	@Operation(summary = "The import history: the caller's own uploads (an administrator's: every upload by staff of "
			+ "their scope), newest first, by kind, state, a part of the file name and (administrators) uploader; "
			+ "each job without its warnings")
	Paged<ImportJob> jobs(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String kind,
			@RequestParam(required = false) ImportState state, @RequestParam(required = false) String q,
			@RequestParam(required = false) String owner, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@Parameter(description = "field,asc or field,desc by createdAt, kind, filename, state, total, rejected or "
					+ "owner; newest first when absent; an unknown field is a 400 naming sort")
			@RequestParam(required = false) String sort) {
		return imports.jobs(caller, new ImportQuery(kind, state, q, owner), PageRequest.of(page, size, sort));
	}

	@GetMapping("/{id}")
	@Operation(summary = "The job: state RUNNING/DONE/FAILED, rows read, imported, updated, unchanged, rejected, "
			+ "warned, and the first warnings (row, field, column, localized message)")
	ImportJob job(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return imports.job(caller, id);
	}

	@GetMapping("/{id}/rejects.xlsx")
	@Operation(summary = "The result workbook: sheet 未导入 with the rejected rows, their original columns and the "
			+ "reason (原因) in Chinese; sheet 警告 with the warnings of imported rows (原行号, 列, 警告)")
	void rejects(@AuthenticationPrincipal Caller caller, @PathVariable long id, HttpServletResponse response)
			throws IOException {
		imports.job(caller, id);
		// written on the request thread: an async StreamingResponseBody would be re-authorized without the token
		response.setContentType(XLSX.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("import-" + id + "-rejects.xlsx"));
		imports.writeResult(caller, id, response.getOutputStream());
	}

	@GetMapping("/templates/{kind}.{format}")
	@Operation(summary = "An empty template of the kind with its Chinese headers and an example row (.xlsx or .csv)")
	ResponseEntity<byte[]> template(@PathVariable String kind, @PathVariable String format) throws IOException {
		var out = new java.io.ByteArrayOutputStream();
		imports.writeTemplate(kind, format, out);
		return ResponseEntity.ok()
			.contentType("csv".equalsIgnoreCase(format) ? CSV : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(kind + "-template." + format.toLowerCase()))
			.body(out.toByteArray());
	}

	static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename, java.nio.charset.StandardCharsets.UTF_8).build()
			.toString();
	}
}
