package org.civicgrid.messaging.internal.outbound;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A delivery's error in the reader's words ({@code @deliveryWords} in templates, and the workbook). The row keeps
 * what happened as the worker wrote it: its own short English phrases and the provider's code and message, so it
 * reads the same whatever language a reader uses (as the audit trail does); the page turns the worker's phrases into
 * {@code messaging.outbound.error.*} and leaves the provider's words as the provider wrote them. Public, since SpEL
 * calls it from templates.
 */
@Component("deliveryWords")
public class DeliveryWords {

	private record Phrase(Pattern pattern, String key) {
	}

	private static final Pattern GAVE_UP = Pattern.compile("gave up after (\\d+) attempts: (.*)", Pattern.DOTALL);

	private static final List<Phrase> PHRASES = List.of(
			new Phrase(Pattern.compile(Pattern.quote(DeliveryWorker.NOT_BY_SMS)), "messaging.outbound.error.not-by-sms"),
			new Phrase(Pattern.compile("no phone on record for person (\\d+)"), "messaging.outbound.error.no-phone"),
			new Phrase(Pattern.compile("the phone on record is a landline, which takes no SMS"),
					"messaging.outbound.error.landline"),
			new Phrase(Pattern.compile("no WeCom robot named (.+) is configured"), "messaging.outbound.error.no-robot"),
			new Phrase(Pattern.compile("timeout after (\\d+) s"), "messaging.outbound.error.timeout"),
			new Phrase(Pattern.compile("no connection to (.+)"), "messaging.outbound.error.no-connection"),
			new Phrase(Pattern.compile("network: (\\w+)"), "messaging.outbound.error.network"),
			new Phrase(Pattern.compile("unexpected: (\\w+)"), "messaging.outbound.error.unexpected"));

	private final MessageSource messages;

	DeliveryWords(MessageSource messages) {
		this.messages = messages;
	}

	public String error(String stored, Locale locale) {
		if (stored == null || stored.isBlank()) {
			return "";
		}
		Matcher gaveUp = GAVE_UP.matcher(stored);
		if (gaveUp.matches()) {
			return messages.getMessage("messaging.outbound.error.gave-up",
					new Object[] { gaveUp.group(1), error(gaveUp.group(2), locale) }, locale);
		}
		for (Phrase p : PHRASES) {
			Matcher m = p.pattern().matcher(stored);
			if (m.matches()) {
				Object[] args = new Object[m.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = m.group(i + 1);
				}
				return messages.getMessage(p.key(), args, stored, locale);
			}
		}
		return stored;
	}
}
