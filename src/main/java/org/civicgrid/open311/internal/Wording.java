package org.civicgrid.open311.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.civicgrid.casework.CaseStatus;
import org.civicgrid.shared.time.CalendarSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** How requests and updates write times (W3C, with the office's offset) and CivicGrid's statuses (localized). */
@Component
class Wording {

	private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private final MessageSource messages;
	private final ZoneId zone;

	Wording(MessageSource messages, CalendarSettings calendar) {
		this.messages = messages;
		this.zone = calendar.zone();
	}

	/** W3C datetime to the second: {@code 2026-11-22T14:05:09+08:00}. */
	String w3c(Instant instant) {
		return instant == null ? null
				: W3C.format(OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone));
	}

	/** The status in the caller's language: 已核实, Verified. */
	String status(CaseStatus status, Locale locale) {
		return messages.getMessage("casework.status." + status.name(), null, status.name(), locale);
	}
}
