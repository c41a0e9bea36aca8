package org.civicgrid.shared.time;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A time limit in words for pages ("4 个工作小时", "2 working days"), never its catalog code (4wh), as pages call
 * it: {@code ${@timeLimits.words(c.timeLimit(), #locale)}}. A code that does not parse is shown as it is.
 */
@Component("timeLimits")
public class TimeLimitWords {

	private final MessageSource messages;

	TimeLimitWords(MessageSource messages) {
		this.messages = messages;
	}

	public String words(String code, Locale locale) {
		TimeLimit limit;
		try {
			limit = TimeLimit.parse(code);
		}
		catch (IllegalArgumentException e) {
			return code;
		}
		return messages.getMessage("time.limit." + limit.unit().name(), new Object[] { limit.amount() }, locale);
	}
}
