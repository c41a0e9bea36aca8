package org.civicgrid.registry;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.civicgrid.region.RegionSummary;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;

/** Buildings of the demo district to put test houses in, and codes no other test in the JVM uses. */
final class PlacesFixtures {

	static final String BASE = "/api/v1/registry";

	private static final Random RANDOM = new Random(System.nanoTime());
	private static final Set<String> USED = ConcurrentHashMap.newKeySet();

	private PlacesFixtures() {
	}

	/** The first building courtyard of a grid. */
	static String buildingOf(Regions regions, String grid) {
		List<RegionSummary> buildings = regions.subtree(RegionScope.ALL, RegionCode.of(grid), RegionLevel.BUILDING).stream()
			.filter(r -> r.level() == RegionLevel.BUILDING).toList();
		if (buildings.isEmpty()) {
			throw new AssertionError("The demo grid " + grid + " has no building");
		}
		return buildings.get(0).code();
	}

	/** A room number (at most 10 characters) nobody used in this JVM. */
	static String room() {
		while (true) {
			String room = "T" + (1000 + RANDOM.nextInt(9000));
			if (USED.add(room)) {
				return room;
			}
		}
	}

	static String unique(String prefix) {
		while (true) {
			String s = prefix + (100000 + RANDOM.nextInt(900000));
			if (USED.add(s)) {
				return s;
			}
		}
	}

	/** A valid unified social credit code (enterprise, 金水区) never handed out before. */
	static String creditCode() {
		while (true) {
			String first17 = "91410105MA" + "%07d".formatted(RANDOM.nextInt(10_000_000));
			String code = first17 + CreditCode.checkCharacter(first17);
			if (USED.add(code)) {
				return code;
			}
		}
	}

	/** A valid component code (金水区, 01 公用设施 / 01 上水井盖) with a serial never handed out before. */
	static String componentCode() {
		while (true) {
			String code = "4101050101" + "%06d".formatted(500_000 + RANDOM.nextInt(499_999));
			if (USED.add(code)) {
				return code;
			}
		}
	}
}
