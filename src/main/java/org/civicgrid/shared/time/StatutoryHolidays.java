package org.civicgrid.shared.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * China's statutory holidays and make-up working days, from the files shipped in
 * {@code reference/holidays-cn} and an operator's folder, where a file overrides the shipped one of the same year.
 */
final class StatutoryHolidays {

	private static final Logger log = LoggerFactory.getLogger(StatutoryHolidays.class);

	private static final String SHIPPED = "classpath:reference/holidays-cn/*.json";

	private final Map<LocalDate, Boolean> offDays = new HashMap<>();

	private final Set<Integer> years;

	private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

	private StatutoryHolidays(Map<Integer, HolidayYear> byYear) {
		// in order of year, so where two files list the same date (a December in next year's file) the later wins
		byYear.values().forEach(year -> offDays.putAll(year.offDays()));
		this.years = Set.copyOf(byYear.keySet());
	}

	/** The shipped files, then every {@code *.json} in {@code folder} (may be null). */
	static StatutoryHolidays load(Path folder) {
		Map<Integer, HolidayYear> byYear = new TreeMap<>(shipped());
		if (folder != null) {
			for (HolidayYear year : inFolder(folder).values()) {
				HolidayYear replaced = byYear.put(year.year(), year);
				log.info("Holidays of {} come from {}{}", year.year(), year.source(),
						replaced == null ? "" : " instead of the shipped " + replaced.source());
			}
		}
		return new StatutoryHolidays(byYear);
	}

	/** True for a listed holiday, false for a listed make-up working day, empty for an ordinary day. */
	Optional<Boolean> offDay(LocalDate date) {
		int year = date.getYear();
		if (!years.contains(year) && warnedYears.add(year)) {
			log.warn("No holiday file for {}: its statutory holidays are unknown, only weekends are off. "
					+ "Add {}.json to civicgrid.calendar.holiday-dir", year, year);
		}
		return Optional.ofNullable(offDays.get(date));
	}

	private static Map<Integer, HolidayYear> shipped() {
		Map<Integer, HolidayYear> byYear = new HashMap<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources(SHIPPED)) {
				add(byYear, HolidayYear.read(file.getInputStream(), file.getFilename()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the shipped holiday files", e);
		}
		return byYear;
	}

	private static Map<Integer, HolidayYear> inFolder(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("civicgrid.calendar.holiday-dir %s is not a folder".formatted(folder));
		}
		Map<Integer, HolidayYear> byYear = new HashMap<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
			for (Path file : files) {
				add(byYear, HolidayYear.read(Files.newInputStream(file), file.toString()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the holiday files in " + folder, e);
		}
		return byYear;
	}

	private static void add(Map<Integer, HolidayYear> byYear, HolidayYear year) {
		HolidayYear other = byYear.putIfAbsent(year.year(), year);
		if (other != null) {
			throw new IllegalStateException("Holiday files %s and %s both describe %d: keep one"
				.formatted(other.source(), year.source(), year.year()));
		}
	}
}
