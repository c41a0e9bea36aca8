package org.civicgrid.region.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The National Bureau of Statistics' county (6-digit) and street/town (9-digit) codes, 2023 edition, shipped
 * in {@code reference/divisions-cn}. Read on first use, not at start-up.
 */
@Component
public class Divisions {

	private volatile Map<String, String> counties;
	private volatile Map<String, String> streets;

	public Optional<String> county(String code) {
		if (counties == null) {
			counties = load("reference/divisions-cn/areas.csv");
		}
		return Optional.ofNullable(counties.get(code));
	}

	public Optional<String> street(String code) {
		if (streets == null) {
			streets = load("reference/divisions-cn/streets.csv");
		}
		return Optional.ofNullable(streets.get(code));
	}

	/** Reads {@code code,"name",...} lines, skipping the header. */
	private static Map<String, String> load(String resource) {
		Map<String, String> byCode = new HashMap<>();
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line; (line = reader.readLine()) != null;) {
				int comma = line.indexOf(',');
				if (comma < 0) {
					continue;
				}
				int open = line.indexOf('"', comma);
				int close = open < 0 ? -1 : line.indexOf('"', open + 1);
				String name = close > open ? line.substring(open + 1, close) : line.substring(comma + 1).split(",")[0];
				byCode.put(line.substring(0, comma), name);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Reference data " + resource + " is missing from the build", e);
		}
		return Map.copyOf(byCode);
	}
}
