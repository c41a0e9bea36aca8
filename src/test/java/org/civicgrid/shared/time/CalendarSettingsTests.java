package org.civicgrid.shared.time;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CalendarSettingsTests {

	@Test
	void defaultsToShanghaiOfficeHoursAndTheShippedFilesOnly() {
		CalendarSettings defaults = CalendarSettings.defaults();

		assertThat(defaults.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
		assertThat(defaults.officeHours()).containsExactly("08:30-12:00", "14:00-18:00");
		assertThat(defaults.holidayDir()).isNull();
		assertThat(new CalendarSettings(null, null, Path.of("")).holidayDir()).as("a blank folder is none").isNull();
	}

	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', value = {
			"08:30-12:00 | 11:00-14:00 | Office hours '08:30-12:00' and '11:00-14:00' overlap",
			"14:00-18:00 | 08:30-12:00 | Office hours must be listed in order of the day: '08:30-12:00' comes before '14:00-18:00'",
			"08:30-12:00 | 25:00-26:00 | Office hours '25:00-26:00' contain '25:00', which is not a time of day from 00:00 to 23:59",
			"12:00-08:30 | 14:00-18:00 | Office hours '12:00-08:30' must start before they end",
			"08:30-08:30 | 14:00-18:00 | Office hours '08:30-08:30' must start before they end",
			"8.30 to 12  | 14:00-18:00 | Office hours '8.30 to 12' must look like 08:30-12:00 (start-end, 24-hour clock)" })
	void refusesOfficeHoursThatCannotBeADay(String first, String second, String message) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CalendarSettings.defaults().withOfficeHours(first, second))
			.withMessage(message);
	}

	@Test
	void refusesADayWithoutOfficeHours() {
		assertThatIllegalArgumentException().isThrownBy(() -> CalendarSettings.defaults().withOfficeHours())
			.withMessage("Office hours need at least one period, such as 08:30-12:00");
	}

	@Test
	void bindsTheDefaultsOfApplicationYml() throws IOException {
		CalendarSettings settings = bind(Map.of());

		assertThat(settings).isEqualTo(CalendarSettings.defaults());
	}

	@Test
	void bindsOperatorOverrides() throws IOException {
		CalendarSettings settings = bind(Map.of("CIVICGRID_TIME_ZONE", "Asia/Urumqi",
				"CIVICGRID_OFFICE_HOURS", "09:00-13:00,15:00-19:00", "CIVICGRID_HOLIDAY_DIR", "/etc/civicgrid/holidays"));

		assertThat(settings).isEqualTo(new CalendarSettings(ZoneId.of("Asia/Urumqi"),
				List.of("09:00-13:00", "15:00-19:00"), Path.of("/etc/civicgrid/holidays")));
	}

	@Test
	void theCalendarIsABeanBuiltFromTheBoundSettings() {
		new ApplicationContextRunner()
			.withUserConfiguration(Wiring.class)
			.withPropertyValues("civicgrid.calendar.office-hours=08:00-12:00,13:00-17:00")
			.run(context -> assertThat(context.getBean(WorkingTimeCalendar.class)
				.deadline(Calendars.beijing("2026-03-09T11:00"), TimeLimit.parse("2wh")))
				.isEqualTo(Calendars.beijing("2026-03-09T14:00")));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CalendarSettings.class)
	@Import(WorkingTimeCalendar.class)
	static class Wiring {
	}

	/** Binds civicgrid.calendar from the real application.yml, with {@code environment} as environment variables. */
	private static CalendarSettings bind(Map<String, Object> environment) throws IOException {
		MutablePropertySources sources = new MutablePropertySources();
		sources.addFirst(new MapPropertySource("environment", environment));
		new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
			.forEach(sources::addLast);
		Binder binder = new Binder(ConfigurationPropertySources.from(sources),
				new PropertySourcesPlaceholdersResolver(sources));
		return binder.bindOrCreate("civicgrid.calendar", CalendarSettings.class);
	}
}
