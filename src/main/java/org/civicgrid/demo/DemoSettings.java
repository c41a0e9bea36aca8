package org.civicgrid.demo;

import org.civicgrid.shared.database.DatabaseSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether to load the demo district: {@code auto} loads it on the first start of the embedded database only,
 * never silently into an external one; {@code true} and {@code false} force the choice. {@code scale} is
 * {@code ruyihu} (one street, the default) or {@code district} (455 grids, 3,444 buildings). {@code registry-data}
 * (default true) adds the registry's demo people, households, houses, organisations and parts.
 */
@ConfigurationProperties("civicgrid.demo")
record DemoSettings(String load, long seed, String scale, Boolean registryData) {

	DemoSettings {
		load = load == null ? "auto" : load.trim().toLowerCase();
		seed = seed == 0 ? 20261122L : seed;
		scale = scale == null ? "ruyihu" : scale.trim().toLowerCase();
	}

	/** Whether to load the demo at all: forced by {@code load}, else only into the embedded database. */
	boolean wanted(DatabaseSettings database) {
		return database.demoWanted(load);
	}

	/** Whether the demo also gets households, houses, buildings, organisations and parts (default yes). */
	boolean registry() {
		return registryData == null || registryData;
	}

	DemoScale demoScale() {
		return switch (scale) {
			case "district" -> DemoScale.DISTRICT;
			case "ruyihu" -> DemoScale.RUYIHU;
			default -> throw new IllegalStateException("civicgrid.demo.scale is ruyihu or district, not " + scale);
		};
	}
}
