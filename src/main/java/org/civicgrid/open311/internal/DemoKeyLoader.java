package org.civicgrid.open311.internal;

import org.civicgrid.shared.database.DatabaseSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the demo's Open311 key {@code civicgrid-demo-key} where the demo district is loaded, following the same
 * rule as the demo loader (civicgrid.demo.load: auto means only on the embedded database), never on a real one.
 */
@Component
class DemoKeyLoader implements ApplicationRunner {

	private final Open311Settings settings;
	private final DatabaseSettings database;
	private final ApiKeyService keys;
	private final String demoLoad;

	DemoKeyLoader(Open311Settings settings, DatabaseSettings database, ApiKeyService keys,
			@Value("${civicgrid.demo.load:auto}") String demoLoad) {
		this.settings = settings;
		this.database = database;
		this.keys = keys;
		this.demoLoad = demoLoad.strip().toLowerCase();
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean demo = switch (demoLoad) {
			case "true" -> true;
			case "false" -> false;
			default -> database.embedded();
		};
		boolean wanted = switch (settings.demoKey()) {
			case "true" -> true;
			case "false" -> false;
			default -> demo;
		};
		if (wanted) {
			keys.ensureDemoKey();
		}
	}
}
