package org.civicgrid.messaging.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables of the channel reminders' SMS templates (an emergency not acknowledged, a notice not confirmed):
 * {@code title} and {@code channel}, at most 35 characters each, as Alibaba takes a variable of a notice template.
 */
final class SmsVariables {

	private SmsVariables() {
	}

	static Map<String, String> of(String title, Channel channel) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("title", cut(title));
		params.put("channel", cut(channel.name()));
		return params;
	}

	private static String cut(String s) {
		return s.length() <= 35 ? s : s.substring(0, 34) + "…";
	}
}
