package org.civicgrid.region.internal;

import java.util.Optional;

import org.civicgrid.shared.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * What makes a region code right for its level: digits of the level's length, a county or street code that
 * the National Bureau of Statistics issued, and for communities, grids and buildings a sequence number from
 * 001 to 999 under the parent. Answers with the message key of the first rule broken.
 */
@Component
class RegionCodeRules {

	private final Divisions divisions;

	RegionCodeRules(Divisions divisions) {
		this.divisions = divisions;
	}

	Optional<String> violation(String code, RegionLevel declared) {
		Optional<RegionLevel> level = RegionLevel.ofCode(code);
		if (level.isEmpty()) {
			return Optional.of("region.code-format");
		}
		if (declared != null && declared != level.get()) {
			return Optional.of("region.code-level");
		}
		return switch (level.get()) {
			case DISTRICT -> divisions.county(code).isPresent() ? Optional.empty() : Optional.of("region.code-county");
			case STREET -> divisions.street(code).isPresent() ? Optional.empty() : Optional.of("region.code-street");
			default -> code.endsWith("000") ? Optional.of("region.code-sequence") : Optional.empty();
		};
	}
}
