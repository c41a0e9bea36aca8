package org.civicgrid.shared.time;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The working-time calendar's settings.
 *
 * @param zone where the office hours are read, Asia/Shanghai unless set
 * @param officeHours the periods of a working day as "08:30-12:00" strings, in order, without overlap;
 *        08:30-12:00 and 14:00-18:00 unless set
 * @param holidayDir a folder of extra holiday files ({@code 2027.json}, holiday-cn format); a file there overrides
 *        the shipped file of the same year; null or blank for none
 */
@ConfigurationProperties("civicgrid.calendar")
public record CalendarSettings(ZoneId zone, List<String> officeHours, Path holidayDir) {

	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	public static final List<String> DEFAULT_OFFICE_HOURS = List.of("08:30-12:00", "14:00-18:00");

	public CalendarSettings {
		zone = zone == null ? DEFAULT_ZONE : zone;
		officeHours = officeHours == null ? DEFAULT_OFFICE_HOURS : List.copyOf(officeHours);
		holidayDir = holidayDir == null || holidayDir.toString().isBlank() ? null : holidayDir;
		OfficeHours.parse(officeHours); // fail at start-up, with the reason, not at the first deadline
	}

	/** Shanghai, 08:30-12:00 and 14:00-18:00, the shipped holiday files only. */
	public static CalendarSettings defaults() {
		return new CalendarSettings(null, null, null);
	}

	public CalendarSettings withOfficeHours(String... periods) {
		return new CalendarSettings(zone, List.of(periods), holidayDir);
	}

	public CalendarSettings withHolidayDir(Path folder) {
		return new CalendarSettings(zone, officeHours, folder);
	}

	OfficeHours parsedOfficeHours() {
		return OfficeHours.parse(officeHours);
	}
}
