package org.civicgrid.casework.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.shared.RegionCode;

/**
 * Where a case goes when its assignee cannot handle it: one level up, grid → community → street → department →
 * district (小事不出网格、大事不出社区). Some categories skip the region levels and go straight to the
 * responsible department (or elsewhere), configured by category code prefix ({@code E04} for every 突发事件 small class); the
 * longest matching prefix wins.
 */
final class EscalationPolicy {

	private final List<EscalationOverride> overrides;
	private final Function<String, Optional<AssigneeLevel>> perCategory;
	private final List<String> escalateWhenOverdue;

	EscalationPolicy(List<EscalationOverride> overrides) {
		this(overrides, code -> Optional.empty(), List.of());
	}

	/**
	 * {@code perCategory}: the level the catalog sets for a category (admins edit it), before the configured prefixes;
	 * {@code escalateWhenOverdue}: category code prefixes whose cases rise a level by themselves once overdue.
	 */
	EscalationPolicy(List<EscalationOverride> overrides, Function<String, Optional<AssigneeLevel>> perCategory,
			List<String> escalateWhenOverdue) {
		this.overrides = List.copyOf(overrides);
		this.perCategory = perCategory;
		this.escalateWhenOverdue = List.copyOf(escalateWhenOverdue);
	}

	/** Whether an overdue case of this category goes up a level without waiting for a person (逐级上报). */
	boolean escalatesWhenOverdue(String categoryCode) {
		return escalateWhenOverdue.stream().anyMatch(categoryCode::startsWith);
	}

	/** The level above {@code current} for this category; empty at the top (the district). */
	Optional<AssigneeLevel> nextLevel(AssigneeLevel current, String categoryCode) {
		Optional<AssigneeLevel> set = perCategory.apply(categoryCode).filter(to -> to.isAbove(current));
		if (set.isPresent()) {
			return set;
		}
		Optional<AssigneeLevel> override = overrides.stream()
			.filter(o -> categoryCode.startsWith(o.category()))
			.max((a, b) -> Integer.compare(a.category().length(), b.category().length()))
			.map(EscalationOverride::to)
			.filter(to -> to.isAbove(current));
		if (override.isPresent()) {
			return override;
		}
		AssigneeLevel[] levels = AssigneeLevel.values();
		return current.ordinal() + 1 < levels.length ? Optional.of(levels[current.ordinal() + 1]) : Optional.empty();
	}

	/**
	 * Whom to escalate the case to: the community, street or district its grid lies in, or the category's responsible
	 * department ({@code departmentCode}). Empty when the case is already at the district.
	 */
	Optional<Assignee> escalate(CaseFile file, String departmentCode) {
		AssigneeLevel current = file.assignee() == null ? AssigneeLevel.GRID : file.assignee().level();
		return nextLevel(current, file.categoryCode()).map(level -> Assignee.unit(level, unitAt(level, file.gridCode(),
				departmentCode)));
	}

	private static String unitAt(AssigneeLevel level, String gridCode, String departmentCode) {
		return level.regionLevel().map(l -> RegionCode.of(gridCode).at(l).value()).orElse(departmentCode);
	}
}
