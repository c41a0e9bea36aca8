package org.civicgrid.casework.internal;

import java.io.Serializable;
import java.util.List;

import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.Category;
import org.civicgrid.shared.time.TimeLimit;

/**
 * One small class of the catalog as admins edit it ({@code GET/POST/PUT /api/v1/cases/categories}): the code
 * ({@code E0102}: kind letter, big class, small class) names its kind and classes, the time limit is written as the
 * catalog writes it ({@code 4wh}, {@code 2wd}, {@code 24h}), the responsible units are department codes (the
 * first receives escalations) and {@code escalateTo}, when set, is the level an escalation jumps to.
 */
public record CategoryDefinition(String code, String bigName, String smallName, String filingStandard,
		String timeLimit, String closingStandard, List<String> responsibleUnits, AssigneeLevel escalateTo)
		implements Serializable {

	public CategoryDefinition {
		responsibleUnits = responsibleUnits == null ? List.of() : List.copyOf(responsibleUnits);
	}

	/** The form intake and deadlines use; the code and time limit must have been checked. */
	public Category toCategory() {
		Category.Kind kind = code.startsWith("C") ? Category.Kind.COMPONENT : Category.Kind.EVENT;
		return new Category(kind, code.substring(1, 3), bigName, code.substring(3, 5), smallName, filingStandard,
				TimeLimit.parse(timeLimit), closingStandard, responsibleUnits.isEmpty() ? null : responsibleUnits.get(0));
	}
}
