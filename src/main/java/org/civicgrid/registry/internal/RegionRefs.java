package org.civicgrid.registry.internal;

import org.civicgrid.region.Regions;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.springframework.stereotype.Component;

/** Checks that a grid or building code names an existing region of that level, and that the caller may act there. */
@Component
class RegionRefs {

	private final Regions regions;

	RegionRefs(Regions regions) {
		this.regions = regions;
	}

	/** A grid code or null with a problem on {@code field} (required when {@code required}). */
	String grid(String raw, String field, boolean required, Fields fields) {
		return region(raw, field, required, RegionLevel.GRID, "registry.person.grid-unknown", fields);
	}

	String building(String raw, String field, boolean required, Fields fields) {
		return region(raw, field, required, RegionLevel.BUILDING, "registry.person.building-unknown", fields);
	}

	boolean exists(String code) {
		return RegionCode.parse(code).map(regions::exists).orElse(false);
	}

	/** The grid a building or grid code lies in. */
	static String gridOf(String code) {
		return code == null ? null : RegionCode.of(code).at(RegionLevel.GRID).value();
	}

	/** Refuses (403) a code outside the caller's scope; null is left alone. */
	static void requireInScope(Caller caller, String code) {
		if (code != null) {
			caller.scope().require(code);
		}
	}

	private String region(String raw, String field, boolean required, RegionLevel level, String unknownKey,
			Fields fields) {
		String code = Fields.code(raw);
		if (code == null) {
			if (required) {
				fields.required(field);
			}
			return null;
		}
		if (!RegionCode.isOf(code, level) || !regions.exists(RegionCode.of(code))) {
			fields.add(field, unknownKey, code);
			return null;
		}
		return code;
	}
}
