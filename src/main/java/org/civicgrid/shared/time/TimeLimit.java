package org.civicgrid.shared.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A handling time limit (处置时限) as the event catalog writes it: "4wh" four working hours, "2wd" two working
 * days, "24h" twenty-four natural hours, "15m" fifteen minutes, "7d" seven natural days.
 * {@link WorkingTimeCalendar#deadline} turns it into a due instant.
 */
public record TimeLimit(long amount, Unit unit) {

	/** The largest amount accepted; anything above is a typing mistake, not a time limit. */
	public static final long MAX_AMOUNT = 100_000;

	private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(wh|wd|m|h|d)");

	public TimeLimit {
		if (unit == null) {
			throw new IllegalArgumentException("A time limit needs a unit");
		}
		if (amount < 1 || amount > MAX_AMOUNT) {
			throw new IllegalArgumentException(
					"A time limit must be from 1 to %d %s, not %d".formatted(MAX_AMOUNT, unit.words, amount));
		}
	}

	/** Reads the catalog form: a whole number followed by m, h, d, wh or wd (case and spaces ignored). */
	public static TimeLimit parse(String text) {
		Matcher matcher = FORM.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			throw new IllegalArgumentException(("Time limit '%s' is not understood: write a whole number and a unit, "
					+ "m (minutes), h (hours), d (days), wh (working hours) or wd (working days), "
					+ "such as 15m, 24h, 7d, 4wh or 2wd").formatted(text));
		}
		Unit unit = Unit.ofSymbol(matcher.group(2));
		try {
			return new TimeLimit(Long.parseLong(matcher.group(1)), unit);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(
					"Time limit '%s' is too long: at most %d %s".formatted(text, MAX_AMOUNT, unit.words));
		}
	}

	/** The catalog form, which {@link #parse} reads back. */
	@Override
	public String toString() {
		return amount + unit.symbol;
	}

	public enum Unit {

		NATURAL_MINUTES("m", "minutes", TimeUnitKind.NATURAL),
		NATURAL_HOURS("h", "hours", TimeUnitKind.NATURAL),
		NATURAL_DAYS("d", "days", TimeUnitKind.NATURAL),
		WORKING_HOURS("wh", "working hours", TimeUnitKind.WORKING),
		WORKING_DAYS("wd", "working days", TimeUnitKind.WORKING);

		private final String symbol;

		private final String words;

		private final TimeUnitKind kind;

		Unit(String symbol, String words, TimeUnitKind kind) {
			this.symbol = symbol;
			this.words = words;
			this.kind = kind;
		}

		public String symbol() {
			return symbol;
		}

		public TimeUnitKind kind() {
			return kind;
		}

		static Unit ofSymbol(String symbol) {
			for (Unit unit : values()) {
				if (unit.symbol.equals(symbol)) {
					return unit;
				}
			}
			throw new IllegalArgumentException("Unknown time limit unit '" + symbol + "'");
		}
	}
}
