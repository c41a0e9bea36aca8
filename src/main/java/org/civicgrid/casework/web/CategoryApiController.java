package org.civicgrid.casework.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.casework.internal.CategoryService;
import org.civicgrid.casework.internal.CategoryDefinition;
import org.civicgrid.casework.Department;
import org.civicgrid.casework.DepartmentDirectory;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The catalog and the departments as admins keep them; everybody signed in reads the catalog. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "catalog", description = "Event and component categories, departments")
class CategoryApiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final CategoryService categories;
	private final DepartmentDirectory departments;

	CategoryApiController(CategoryService categories, DepartmentDirectory departments) {
		this.categories = categories;
		this.departments = departments;
	}

	@GetMapping("/categories")
	@Operation(summary = "Every small class of the catalog, in catalog order")
	List<CategoryDefinition> list(@AuthenticationPrincipal Caller caller) {
		return categories.list(caller);
	}

	@GetMapping("/categories/{code}")
	@Operation(summary = "One small class")
	CategoryDefinition get(@AuthenticationPrincipal Caller caller, @PathVariable String code) {
		return categories.get(caller, code);
	}

	@PostMapping("/categories")
	@Operation(summary = "Add a small class (admins); 422 names every wrong field, 409 a taken code")
	ResponseEntity<CategoryDefinition> create(@AuthenticationPrincipal Caller caller,
			@RequestBody CategoryDefinition definition) {
		CategoryDefinition created = categories.create(caller, definition);
		return ResponseEntity.created(URI.create("/api/v1/cases/categories/" + created.code())).body(created);
	}

	@PutMapping("/categories/{code}")
	@Operation(summary = "Change a small class (admins); existing cases keep the time limit they were reported under")
	CategoryDefinition update(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestBody CategoryDefinition definition) {
		return categories.update(caller, code, definition);
	}

	@GetMapping("/categories/export.xlsx")
	@Operation(summary = "The catalog as an Excel sheet with Chinese headers (admins)")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal Caller caller, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		categories.export(caller, locale, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"categories.xlsx\"")
			.body(out.toByteArray());
	}

	@PostMapping(path = "/categories/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Create or replace the sheet's classes (admins), all or nothing; 422 names row and field")
	Map<String, Integer> importUpload(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException(List.of(FieldProblem.of("file", "casework.category.import-empty")));
		}
		try (InputStream in = file.getInputStream()) {
			return Map.of("imported", categories.importWorkbook(caller, in));
		}
	}

	@PostMapping(path = "/categories/import", consumes = { XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	Map<String, Integer> importBody(@AuthenticationPrincipal Caller caller, InputStream body) {
		return Map.of("imported", categories.importWorkbook(caller, body));
	}

	@GetMapping("/departments")
	@Operation(summary = "The departments cases are dispatched to (staff), with their handlers")
	List<Department> departments(@AuthenticationPrincipal Caller caller) {
		return departments.list(caller);
	}

	@PostMapping("/departments")
	@Operation(summary = "Add a department (admins)")
	ResponseEntity<Department> createDepartment(@AuthenticationPrincipal Caller caller,
			@RequestBody Department department) {
		Department created = departments.create(caller, department);
		return ResponseEntity.created(URI.create("/api/v1/cases/departments/" + created.code())).body(created);
	}

	@PutMapping("/departments/{code}")
	@Operation(summary = "Change a department's name, region and handlers (admins)")
	Department updateDepartment(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestBody Department department) {
		return departments.update(caller, code, department);
	}
}
