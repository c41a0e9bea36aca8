package org.civicgrid.shared;

import java.time.Clock;

import org.civicgrid.shared.time.CalendarSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every module injects, in the calendar's zone ({@code civicgrid.calendar.zone}), so that what
 * reads the zone off the clock reads the configured one, never the machine's; tests replace it to move time.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(CalendarSettings calendar) {
		return Clock.system(calendar.zone());
	}
}
