package org.civicgrid.casework.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.casework.Category;
import org.civicgrid.shared.time.TimeLimit;

/**
 * Reads the event and component catalog (GB/T 30428 big and small classes) from a UTF-8 CSV with the header
 * {@value #HEADER}. Fields hold no commas (the Chinese 、 and ， serve). Every wrong line is reported at once,
 * by its line number, and nothing is read from a file with one.
 */
final class CatalogReader {

	static final String HEADER = "kind,big_code,big_name,small_code,small_name,filing_standard,time_limit,"
			+ "closing_standard,responsible_unit";

	private static final int COLUMNS = 9;

	private CatalogReader() {
	}

	static List<Category> read(InputStream in, String source) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return read(reader.lines().toList(), source);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the catalog " + source, e);
		}
	}

	static List<Category> read(List<String> lines, String source) {
		List<String> problems = new ArrayList<>();
		if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").strip().equals(HEADER)) {
			throw new IllegalArgumentException("Catalog %s, line 1: the header must be %s".formatted(source, HEADER));
		}
		List<Category> categories = new ArrayList<>();
		Map<String, Integer> lineOfCode = new HashMap<>();
		Map<String, String> bigNames = new HashMap<>();
		for (int i = 1; i < lines.size(); i++) {
			int lineNumber = i + 1;
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			try {
				Category category = CatalogLine.parse(line.split(",", -1));
				Integer earlier = lineOfCode.putIfAbsent(category.code(), lineNumber);
				if (earlier != null) {
					throw new IllegalArgumentException(
							"category %s is already on line %d".formatted(category.code(), earlier));
				}
				String bigKey = category.kind().prefix() + category.bigCode();
				String bigName = bigNames.putIfAbsent(bigKey, category.bigName());
				if (bigName != null && !bigName.equals(category.bigName())) {
					throw new IllegalArgumentException("big class %s %s is named %s on an earlier line"
						.formatted(category.bigCode(), category.bigName(), bigName));
				}
				categories.add(category);
			}
			catch (IllegalArgumentException e) {
				problems.add("line %d: %s".formatted(lineNumber, e.getMessage()));
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Catalog %s has %d wrong line(s):%n  %s"
				.formatted(source, problems.size(), String.join(System.lineSeparator() + "  ", problems)));
		}
		return List.copyOf(categories);
	}

	/** One CSV line's fields, checked. */
	private static final class CatalogLine {

		static Category parse(String[] fields) {
			if (fields.length != COLUMNS) {
				throw new IllegalArgumentException(
						"%d fields instead of %d (commas inside a field are not allowed)".formatted(fields.length, COLUMNS));
			}
			return new Category(kind(fields[0].strip()), code(fields[1], "big code"), text(fields[2], "big name"),
					code(fields[3], "small code"), text(fields[4], "small name"), text(fields[5], "filing standard"),
					TimeLimit.parse(fields[6]), text(fields[7], "closing standard"), text(fields[8], "responsible unit"));
		}

		private static Category.Kind kind(String text) {
			try {
				return Category.Kind.valueOf(text);
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("kind '%s' is neither EVENT nor COMPONENT".formatted(text));
			}
		}

		private static String code(String text, String what) {
			String code = text.strip();
			if (!code.matches("\\d{2}")) {
				throw new IllegalArgumentException("%s '%s' is not two digits such as 01".formatted(what, code));
			}
			return code;
		}

		private static String text(String text, String what) {
			if (text.isBlank()) {
				throw new IllegalArgumentException(what + " is empty");
			}
			return text.strip();
		}
	}
}
