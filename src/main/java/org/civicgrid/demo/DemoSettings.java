package org.civicgrid.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether to load the demo district: {@code auto} loads it on the first start of the embedded database only,
 * never silently into an external one; {@code true} and {@code false} force the choice.
 */
@ConfigurationProperties("civicgrid.demo")
record DemoSettings(String load, long seed) {

	DemoSettings {
		load = load == null ? "auto" : load.trim().toLowerCase();
		seed = seed == 0 ? 20261122L : seed;
	}
}
