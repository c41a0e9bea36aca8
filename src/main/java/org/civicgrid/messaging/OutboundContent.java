package org.civicgrid.messaging;

import java.util.List;
import java.util.Map;

/**
 * What an outbound message says. An SMS in mainland China is sent only through a template the provider approved,
 * so it names the template and fills its variables; a WeCom group robot takes text (with the members it mentions,
 * by the registry person whose phone WeCom knows them by) or markdown.
 */
public sealed interface OutboundContent {

	static OutboundContent sms(String templateCode, Map<String, String> params) {
		return new SmsTemplate(templateCode, params);
	}

	static OutboundContent text(String text) {
		return new RobotText(text, List.of(), false);
	}

	static OutboundContent markdown(String markdown) {
		return new RobotMarkdown(markdown);
	}

	/** An approved SMS template ({@code SMS_123456789}) and the values of its variables. */
	record SmsTemplate(String templateCode, Map<String, String> params) implements OutboundContent {

		public SmsTemplate {
			params = params == null ? Map.of() : Map.copyOf(params);
		}
	}

	/**
	 * Plain text for a group robot; {@code mentionPersonIds} are mentioned by their phones (opened when sent), and
	 * {@code mentionAll} mentions everyone in the group.
	 */
	record RobotText(String text, List<Long> mentionPersonIds, boolean mentionAll) implements OutboundContent {

		public RobotText {
			mentionPersonIds = mentionPersonIds == null ? List.of() : List.copyOf(mentionPersonIds);
		}
	}

	/** WeCom's markdown subset for a group robot. */
	record RobotMarkdown(String markdown) implements OutboundContent {
	}
}
