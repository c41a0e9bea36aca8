package org.civicgrid.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With {@code url} set (CIVICGRID_DB_URL) CivicGrid uses that PostgreSQL; without it,
 * it starts the embedded PostgreSQL with its data in {@code embeddedDataDir} (kept across restarts) on
 * {@code embeddedPort} (0 picks a free port).
 */
@ConfigurationProperties("civicgrid.db")
public record DatabaseSettings(String url, String user, String password, Path embeddedDataDir, int embeddedPort) {

	public DatabaseSettings {
		embeddedDataDir = embeddedDataDir == null ? Path.of("data", "pg") : embeddedDataDir;
	}

	public boolean embedded() {
		return url == null || url.isBlank();
	}

	/**
	 * Whether demo data goes in, by {@code civicgrid.demo.load}: {@code true} and {@code false} decide, anything
	 * else ({@code auto}) loads it into the embedded database only, never silently into an external one.
	 */
	public boolean demoWanted(String load) {
		String choice = load == null ? "auto" : load.strip().toLowerCase(java.util.Locale.ROOT);
		return switch (choice) {
			case "true" -> true;
			case "false" -> false;
			default -> embedded();
		};
	}
}
