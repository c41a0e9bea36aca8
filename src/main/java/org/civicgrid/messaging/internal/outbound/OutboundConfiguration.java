package org.civicgrid.messaging.internal.outbound;

import java.time.Clock;

import org.civicgrid.shared.time.CalendarSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The two adapters and the quiet hours, from their settings. */
@Configuration(proxyBeanMethods = false)
class OutboundConfiguration {

	@Bean
	OutboundChannel aliyunSms(SmsSettings settings, JsonMapper json, Clock clock) {
		return new AliyunSms(settings, json, clock);
	}

	@Bean
	OutboundChannel weComRobot(WeComSettings settings, JsonMapper json) {
		return new WeComRobot(settings, json);
	}

	@Bean
	QuietHours quietHours(DeliverySettings settings, CalendarSettings calendar) {
		return QuietHours.of(settings.quietHours(), calendar.zone());
	}
}
