package org.civicgrid.messaging.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code civicgrid.messaging.emergency.*}: the SMS to the members who did not acknowledge an emergency in time.
 *
 * @param reminders whether this node looks for broadcasts whose acknowledgement time is over (every node may: each
 *        broadcast is claimed by one)
 * @param pollInterval how often it looks, 30 s unless set
 * @param smsTemplate the approved Alibaba Cloud SMS template (短信模板) of the reminder, whose variables are
 *        {@code title} (the broadcast's title) and {@code channel} (the member's channel)
 */
@ConfigurationProperties("civicgrid.messaging.emergency")
public record EmergencySettings(Boolean reminders, Duration pollInterval, String smsTemplate) {

	public EmergencySettings {
		reminders = reminders == null || reminders;
		pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
		if (smsTemplate == null || smsTemplate.isBlank()) {
			throw new IllegalArgumentException("civicgrid.messaging.emergency.sms-template must name the approved "
					+ "SMS template of the emergency reminder");
		}
	}
}
