package org.civicgrid.services.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.services.ServiceItemInput;
import org.civicgrid.services.ServiceItemPublished;
import org.civicgrid.services.internal.AdminRow;
import org.civicgrid.services.internal.CatalogEditing;
import org.civicgrid.services.internal.CatalogEditing.CatalogImported;
import org.civicgrid.services.internal.CatalogQuery;
import org.civicgrid.services.internal.CatalogReading;
import org.civicgrid.services.internal.ItemSummary;
import org.civicgrid.services.internal.ItemVersion;
import org.civicgrid.services.internal.ServiceCategory;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/services/catalog")
@Tag(name = "services-catalog", description = "The service catalog (民事一本通): public search and items, admins' drafts, "
		+ "versions, publishing and the Excel workbook")
class CatalogApiController {

	static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

	record PublishRequest(String note) {
	}

	private final CatalogReading reading;
	private final CatalogEditing editing;

	CatalogApiController(CatalogReading reading, CatalogEditing editing) {
		this.reading = reading;
		this.editing = editing;
	}

	@GetMapping("/items")
	@Operation(summary = "Search the published items by words (Chinese or pinyin initials), category and life event; "
			+ "no account needed")
	Paged<ItemSummary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String event,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return reading.search(CatalogParams.query(q, category, event, PageRequest.of(page, size)));
	}

	@GetMapping("/items/{code}")
	@Operation(summary = "The published version of an item with the day it is promised by if taken today")
	CatalogReading.PublishedItem item(@PathVariable String code) {
		return reading.published(code);
	}

	@GetMapping("/items/{code}/notice.pdf")
	@Operation(summary = "The item's 一次性告知单 as an A4 PDF with a QR code opening its page; no account needed")
	ResponseEntity<byte[]> notice(@PathVariable String code, Locale locale) {
		return CatalogPages.pdf(code, reading.notice(code, CatalogPages.itemUrl(code), locale));
	}

	@GetMapping("/categories")
	@Operation(summary = "How many published items each category holds")
	Map<ServiceCategory, Long> categories() {
		return reading.countsByCategory();
	}

	@GetMapping("/admin/items")
	@Operation(summary = "Every item with its newest version and the one published (editors)")
	List<AdminRow> adminRows(@AuthenticationPrincipal Caller caller) {
		return editing.adminRows(caller);
	}

	@PostMapping("/admin/items")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A new item, saved as a draft (editors); publish it to show it to residents")
	ItemVersion create(@AuthenticationPrincipal Caller caller, @RequestBody ServiceItemInput body) {
		return editing.saveDraft(caller, null, body, true);
	}

	@PutMapping("/admin/items/{code}/draft")
	@Operation(summary = "Save the item's draft (a new version after the newest, or the draft replaced)")
	ItemVersion saveDraft(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestBody ServiceItemInput body) {
		return editing.saveDraft(caller, code, body, false);
	}

	@DeleteMapping("/admin/items/{code}/draft")
	@Operation(summary = "Discard the item's draft; an item never published goes with it")
	ResponseEntity<Void> discardDraft(@AuthenticationPrincipal Caller caller, @PathVariable String code) {
		editing.discardDraft(caller, code);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/admin/items/{code}/publish")
	@Operation(summary = "Publish the item's draft as the version residents read; answers the fields it changed")
	ServiceItemPublished publish(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestBody(required = false) PublishRequest body) {
		return editing.publish(caller, code, body == null ? null : body.note());
	}

	@GetMapping("/admin/items/{code}/versions")
	@Operation(summary = "Every version of the item, newest first, with who saved and published it and what changed")
	List<ItemVersion> versions(@AuthenticationPrincipal Caller caller, @PathVariable String code) {
		return editing.versions(caller, code);
	}

	@GetMapping("/admin/workbook.xlsx")
	@Operation(summary = "The published catalog as an Excel workbook (sheets 事项, 材料, 步骤) an import reads back")
	ResponseEntity<byte[]> workbook(@AuthenticationPrincipal Caller caller) {
		editing.requireEditor(caller);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"service-catalog.xlsx\"")
			.body(reading.workbook());
	}

	@PostMapping(path = "/admin/workbook", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a workbook: every new or changed item published, all or nothing, problems by row")
	CatalogImported importWorkbook(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String note)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException(List.of(FieldProblem.of("file", "validation.required")));
		}
		try (InputStream in = file.getInputStream()) {
			return editing.importWorkbook(caller, in, note);
		}
	}

	@PostMapping(path = "/admin/workbook", consumes = { XLSX_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Import a workbook sent as the request body")
	CatalogImported importBody(@AuthenticationPrincipal Caller caller, InputStream body,
			@RequestParam(required = false) String note) {
		return editing.importWorkbook(caller, body, note);
	}
}
