package org.civicgrid.casework.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At first start the table is filled from the checked catalog file (its units' names become department codes, new
 * names new departments; the configured escalation prefixes become each class's level); from then on the table is
 * the catalog and admins edit it.
 */
@Component
class CatalogSeed implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(CatalogSeed.class);

	private final Catalog catalog;
	private final CatalogTable table;
	private final DepartmentTable departments;
	private final CaseworkSettings settings;
	private final Clock clock;

	CatalogSeed(Catalog catalog, CatalogTable table, DepartmentTable departments, CaseworkSettings settings,
			Clock clock) {
		this.catalog = catalog;
		this.table = table;
		this.departments = departments;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (table.isEmpty()) {
			List<CategoryDefinition> seeded = definitions(catalog.all());
			seeded.forEach(d -> table.save(d, clock.instant()));
			log.info("Catalog seeded from {}: {} categories", settings.catalog(), seeded.size());
		}
		catalog.readFrom(table::all);
	}

	private List<CategoryDefinition> definitions(List<Category> categories) {
		Map<String, String> codes = departments.codesByName();
		List<CategoryDefinition> definitions = new ArrayList<>();
		for (Category c : categories) {
			List<String> units = new ArrayList<>();
			for (String name : c.responsibleUnit().split("[、/]")) {
				String code = codes.get(name.strip());
				if (code == null) {
					code = "D%02d".formatted(codes.size() + 1);
					departments.insert(new org.civicgrid.casework.Department(code, name.strip(), null, List.of()));
					codes.put(name.strip(), code);
				}
				units.add(code);
			}
			definitions.add(new CategoryDefinition(c.code(), c.bigName(), c.smallName(), c.filingStandard(),
					c.timeLimit().toString(), c.closingStandard(), units, escalation(c.code())));
		}
		return definitions;
	}

	private AssigneeLevel escalation(String code) {
		return settings.escalationOverrides().stream()
			.filter(o -> code.startsWith(o.category()))
			.max(Comparator.comparingInt(o -> o.category().length()))
			.map(EscalationOverride::to)
			.orElse(null);
	}
}
