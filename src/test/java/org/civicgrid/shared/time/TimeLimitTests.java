package org.civicgrid.shared.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.civicgrid.shared.time.TimeLimit.Unit.NATURAL_DAYS;
import static org.civicgrid.shared.time.TimeLimit.Unit.NATURAL_HOURS;
import static org.civicgrid.shared.time.TimeLimit.Unit.NATURAL_MINUTES;
import static org.civicgrid.shared.time.TimeLimit.Unit.WORKING_DAYS;
import static org.civicgrid.shared.time.TimeLimit.Unit.WORKING_HOURS;

class TimeLimitTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "4wh, 4, WORKING_HOURS", "2wd, 2, WORKING_DAYS", "24h, 24, NATURAL_HOURS", "15m, 15, NATURAL_MINUTES",
			"7d, 7, NATURAL_DAYS", "' 4 WH ', 4, WORKING_HOURS" })
	void readsTheCatalogForm(String text, long amount, TimeLimit.Unit unit) {
		assertThat(TimeLimit.parse(text)).isEqualTo(new TimeLimit(amount, unit));
	}

	@Test
	void writesTheCatalogFormBack() {
		assertThat(new TimeLimit(4, WORKING_HOURS)).hasToString("4wh");
		assertThat(TimeLimit.parse(new TimeLimit(20, WORKING_DAYS).toString())).isEqualTo(new TimeLimit(20, WORKING_DAYS));
	}

	@Test
	void unitsKnowWhetherTheyRunOnTheWallClockOrInOfficeHours() {
		assertThat(NATURAL_MINUTES.kind()).isEqualTo(TimeUnitKind.NATURAL);
		assertThat(NATURAL_HOURS.kind()).isEqualTo(TimeUnitKind.NATURAL);
		assertThat(NATURAL_DAYS.kind()).isEqualTo(TimeUnitKind.NATURAL);
		assertThat(WORKING_HOURS.kind()).isEqualTo(TimeUnitKind.WORKING);
		assertThat(WORKING_DAYS.kind()).isEqualTo(TimeUnitKind.WORKING);
	}

	@ParameterizedTest(name = "''{0}''")
	@NullAndEmptySource
	@ValueSource(strings = { "4", "wh", "4x", "4 hours", "-4wh", "4.5wh", "4wh4", "four wh" })
	void refusesWhatIsNotAnAmountAndAUnit(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.parse(text))
			.withMessage("Time limit '%s' is not understood: write a whole number and a unit, m (minutes), h (hours), "
					+ "d (days), wh (working hours) or wd (working days), such as 15m, 24h, 7d, 4wh or 2wd", text);
	}

	@Test
	void refusesAmountsOutsideOneToAHundredThousand() {
		assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.parse("0wh"))
			.withMessage("A time limit must be from 1 to 100000 working hours, not 0");
		assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.parse("100001m"))
			.withMessage("A time limit must be from 1 to 100000 minutes, not 100001");
		assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.parse("99999999999999999999wd"))
			.withMessage("Time limit '99999999999999999999wd' is too long: at most 100000 working days");
		assertThatIllegalArgumentException().isThrownBy(() -> new TimeLimit(4, null))
			.withMessage("A time limit needs a unit");
	}
}
