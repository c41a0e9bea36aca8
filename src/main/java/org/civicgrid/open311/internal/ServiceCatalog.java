package org.civicgrid.open311.internal;

import java.util.List;
import java.util.Optional;

import org.civicgrid.casework.CaseCatalog;
import org.civicgrid.casework.Category;
import org.springframework.stereotype.Component;

/**
 * The catalog's small classes as Open311 services: {@code service_code} is the category code ({@code E0102}),
 * the group and keywords its big class. Every service asks how urgent the problem looks; components (部件) also
 * ask for the code on the part's plate, which tells the responsible unit which manhole cover or lamp it is.
 */
@Component
public class ServiceCatalog {

	static final ServiceAttribute URGENCY = new ServiceAttribute("urgency", "singlevaluelist", false, 1,
			"open311.attribute.urgency", List.of("normal", "serious", "urgent"));

	static final ServiceAttribute COMPONENT_CODE = new ServiceAttribute("component_code", "string", false, 2,
			"open311.attribute.component_code", List.of());

	private final CaseCatalog catalog;

	ServiceCatalog(CaseCatalog catalog) {
		this.catalog = catalog;
	}

	public List<Category> services() {
		return catalog.categories();
	}

	public Optional<Category> find(String code) {
		return code == null ? Optional.empty()
				: catalog.categories().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	public List<ServiceAttribute> attributes(Category category) {
		return category.kind() == Category.Kind.COMPONENT ? List.of(URGENCY, COMPONENT_CODE) : List.of(URGENCY);
	}
}
