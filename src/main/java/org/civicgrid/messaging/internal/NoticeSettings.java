package org.civicgrid.messaging.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code civicgrid.messaging.notices.*}: the SMS reminding members who have not confirmed a notice that asks for it.
 *
 * @param smsTemplate the approved Alibaba Cloud SMS template of the reminder, whose variables are {@code title}
 *        (the notice's title or first words) and {@code channel}
 */
@ConfigurationProperties("civicgrid.messaging.notices")
public record NoticeSettings(String smsTemplate) {

	public NoticeSettings {
		smsTemplate = smsTemplate == null || smsTemplate.isBlank() ? "SMS_CIVICGRID_NOTICE" : smsTemplate.strip();
	}
}
