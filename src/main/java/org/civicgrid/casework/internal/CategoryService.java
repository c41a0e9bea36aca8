package org.civicgrid.casework.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Admins keep the catalog: every write is checked by {@link CategoryRules}, then the snapshot is re-read. */
@Service
@Transactional
public class CategoryService {

	private final CatalogTable table;
	private final DepartmentTable departments;
	private final CategoryWorkbook workbook;
	private final Catalog catalog;
	private final Clock clock;

	CategoryService(CatalogTable table, DepartmentTable departments, CategoryWorkbook workbook, Catalog catalog,
			Clock clock) {
		this.table = table;
		this.departments = departments;
		this.workbook = workbook;
		this.catalog = catalog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CategoryDefinition> list(Caller caller) {
		return table.all();
	}

	@Transactional(readOnly = true)
	public CategoryDefinition get(Caller caller, String code) {
		return table.find(code).orElseThrow(() -> new NotFoundException("casework.category.not-found", code));
	}

	public CategoryDefinition create(Caller caller, CategoryDefinition definition) {
		caller.requireRole(Role.ADMIN);
		CategoryDefinition d = checked(definition);
		if (table.find(d.code()).isPresent()) {
			throw ConflictException.on("code", "casework.category.exists", d.code());
		}
		return saved(d);
	}

	public CategoryDefinition update(Caller caller, String code, CategoryDefinition definition) {
		caller.requireRole(Role.ADMIN);
		table.find(code).orElseThrow(() -> new NotFoundException("casework.category.not-found", code));
		if (definition.code() != null && !definition.code().isBlank() && !definition.code().strip().equals(code)) {
			throw new InvalidInputException(List.of(FieldProblem.of("code", "casework.category.code-changed", code)));
		}
		CategoryDefinition d = checked(new CategoryDefinition(code, definition.bigName(), definition.smallName(),
				definition.filingStandard(), definition.timeLimit(), definition.closingStandard(),
				definition.responsibleUnits(), definition.escalateTo()));
		return saved(d);
	}

	@Transactional(readOnly = true)
	public void export(Caller caller, Locale locale, OutputStream out) {
		caller.requireRole(Role.ADMIN);
		workbook.write(table.all(), out);
	}

	public int importWorkbook(Caller caller, InputStream in) {
		caller.requireRole(Role.ADMIN);
		List<FieldProblem> problems = new ArrayList<>();
		List<CategoryWorkbook.Row> rows = workbook.read(in, problems);
		Set<String> known = departments.codes();
		Set<String> seen = new HashSet<>();
		List<CategoryDefinition> accepted = new ArrayList<>();
		for (CategoryWorkbook.Row row : rows) {
			CategoryDefinition d = CategoryRules.normalized(row.definition());
			problems.addAll(CategoryRules.check(d, row.number(), known));
			if (d.code() != null && !seen.add(d.code())) {
				problems.add(FieldProblem.at(row.number(), "code", "casework.category.repeated", d.code()));
			}
			accepted.add(d);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		accepted.forEach(d -> table.save(d, clock.instant()));
		reloadAfterCommit();
		return accepted.size();
	}

	private CategoryDefinition checked(CategoryDefinition definition) {
		CategoryDefinition d = CategoryRules.normalized(definition);
		List<FieldProblem> problems = CategoryRules.check(d, null, departments.codes());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return d;
	}

	private CategoryDefinition saved(CategoryDefinition d) {
		table.save(d, clock.instant());
		reloadAfterCommit();
		return table.find(d.code()).orElseThrow();
	}

	private void reloadAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					catalog.reload();
				}
			});
		}
		else {
			catalog.reload();
		}
	}
}
