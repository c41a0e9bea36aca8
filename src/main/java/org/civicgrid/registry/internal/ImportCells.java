package org.civicgrid.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.text.Normalize;

/**
 * Undoes what Excel and people do to the cells of an import sheet, for every kind alike: full-width characters
 * and spaces ({@link Normalize}), numbers stored as numbers ({@code 1.3812345678E10}, {@code 3.0}), dates typed
 * in five ways or left as an Excel day number, labels typed in Chinese. A cell that cannot be read adds a problem
 * under its field and reads as null; a blank cell is null.
 */
final class ImportCells {

	private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]+(\\.[0-9]+)?[eE]\\+?[0-9]+");
	private static final Pattern INTEGRAL_DECIMAL = Pattern.compile("[0-9]+\\.0+");
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
			DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
			DateTimeFormatter.ofPattern("uuuu年M月d日"), DateTimeFormatter.BASIC_ISO_DATE);
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private ImportCells() {
	}

	/**
	 * A code or number as Excel may have turned it: {@code 1.3812345678E10} or {@code 13812345678.0} back to
	 * digits. Precision Excel already lost (an 18-digit ID number stored as a number) cannot come back; a check
	 * digit then refuses it.
	 */
	static String number(String raw) {
		String s = Normalize.compact(raw);
		if (s == null || s.isEmpty()) {
			return null;
		}
		if (SCIENTIFIC.matcher(s).matches() || INTEGRAL_DECIMAL.matcher(s).matches()) {
			BigDecimal value = new BigDecimal(s.toUpperCase(Locale.ROOT));
			if (value.stripTrailingZeros().scale() <= 0) {
				return value.toBigInteger().toString();
			}
		}
		return s;
	}

	/** A whole number ({@code 3}, {@code 3.0}, {@code ３}, {@code 3层}); anything else is a problem on field. */
	static Integer integer(String raw, String field, List<FieldProblem> problems) {
		String s = number(raw);
		if (s == null) {
			return null;
		}
		s = s.replaceAll("[层楼单元户人]+$", "");
		try {
			return Integer.valueOf(s);
		}
		catch (NumberFormatException e) {
			problems.add(FieldProblem.of(field, "registry.import.integer"));
			return null;
		}
	}

	/** A decimal number ({@code 89.5}, {@code 89.5㎡}, {@code 8.95E1}); anything else is a problem on field. */
	static BigDecimal decimal(String raw, String field, List<FieldProblem> problems) {
		String s = Normalize.compact(raw);
		if (s == null || s.isEmpty()) {
			return null;
		}
		s = s.replaceAll("(㎡|平方米|平米|m2|M2)$", "");
		try {
			return new BigDecimal(s.toUpperCase(Locale.ROOT));
		}
		catch (NumberFormatException e) {
			problems.add(FieldProblem.of(field, "registry.import.decimal"));
			return null;
		}
	}

	/** A double (a coordinate); anything else is a problem on field. */
	static Double coordinate(String raw, String field, List<FieldProblem> problems) {
		BigDecimal d = decimal(raw, field, problems);
		return d == null ? null : d.doubleValue();
	}

	/** A date as typed (2024-01-31, 2024/1/31, 2024.1.31, 2024年1月31日, 20240131) or an Excel day number. */
	static LocalDate date(String raw, String field, List<FieldProblem> problems) {
		String s = Normalize.compact(raw);
		if (s == null || s.isEmpty()) {
			return null;
		}
		if (s.matches("[0-9]{1,5}(\\.0+)?")) {
			int serial = (int) Double.parseDouble(s);
			if (serial > 0 && serial < 80_000) {
				return EXCEL_EPOCH.plusDays(serial);
			}
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(s, format);
			}
			catch (DateTimeParseException e) {
				// the next format
			}
		}
		problems.add(FieldProblem.of(field, "registry.import.date"));
		return null;
	}

	/**
	 * A value chosen from a list by its Chinese label (or its constant's name, any case); an unknown label is a
	 * problem on field listing the labels.
	 */
	static <E extends Enum<E>> E choice(String raw, String field, Map<String, E> labels, Class<E> type,
			List<FieldProblem> problems) {
		String s = Normalize.compact(raw);
		if (s == null || s.isEmpty()) {
			return null;
		}
		E value = labels.get(s);
		if (value == null) {
			for (E e : type.getEnumConstants()) {
				if (e.name().equalsIgnoreCase(s)) {
					return e;
				}
			}
			problems.add(FieldProblem.of(field, "registry.import.choice",
					String.join("、", labels.keySet().stream().sorted().toList())));
		}
		return value;
	}

	/** The first label of a value in {@code labels} (its canonical label, as an export writes it), null for null. */
	static <E extends Enum<E>> String label(Map<String, E> labels, E value) {
		if (value == null) {
			return null;
		}
		return labels.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).findFirst()
			.orElse(value.name());
	}

	/** A blank cell keeps the stored value: the given value, or the stored one when none was given. */
	static <T> T keep(T given, T stored) {
		return given != null ? given : stored;
	}

	/** Normalized text, null when blank. */
	static String text(String raw) {
		String s = Normalize.text(raw);
		return s == null || s.isBlank() ? null : s;
	}

	/** A code without any whitespace, null when blank. */
	static String code(String raw) {
		return number(raw);
	}
}
