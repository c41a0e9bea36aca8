package org.civicgrid.messaging.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.civicgrid.messaging.internal.ForwardFigures;
import org.civicgrid.messaging.internal.ForwardService;
import org.civicgrid.messaging.internal.QuestionFigures;
import org.civicgrid.messaging.internal.QuestionService;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.web.IndicatorPanel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The three-level channels on the indicators page: residents' posts forwarded and filed, minutes from post to case
 * and to completion, and questions answered within the 30-minute promise, over the page's period.
 */
@Component
class ForwardIndicators implements IndicatorPanel {

	private final ForwardService forwards;
	private final QuestionService questions;
	private final MessageSource messages;

	ForwardIndicators(ForwardService forwards, QuestionService questions, MessageSource messages) {
		this.forwards = forwards;
		this.questions = questions;
		this.messages = messages;
	}

	@Override
	public String title(Locale locale) {
		return messages.getMessage("messaging.indicators.title", null, locale);
	}

	@Override
	public List<Figure> figures(Caller caller, LocalDate from, LocalDate to, Locale locale) {
		if (!caller.role().isStaff()) {
			return List.of();
		}
		ForwardFigures f = forwards.figures(caller, from, to);
		QuestionFigures q = questions.figures(caller, from, to);
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure("forwarded", words("messaging.forward.console.forwarded", locale),
				String.valueOf(f.forwarded()), words("messaging.forward.console.filed-completed", locale, f.filed(),
						f.completed())));
		figures.add(new Figure("post-to-case", words("messaging.forward.console.to-case", locale),
				minutes(f.minutesToCaseMedian(), locale), p90(f.minutesToCaseP90(), locale)));
		figures.add(new Figure("post-to-close", words("messaging.forward.console.to-close", locale),
				minutes(f.minutesToCloseMedian(), locale), p90(f.minutesToCloseP90(), locale)));
		figures.add(new Figure("questions-in-time", words("messaging.indicators.questions", locale),
				q.asked() == 0 ? "—" : Math.round(q.repliedInTime() * 100.0 / q.asked()) + "%",
				words("messaging.question.console.in-time", locale, q.repliedInTime(), q.replied(), q.asked())));
		return figures;
	}

	private String minutes(Double value, Locale locale) {
		return value == null ? "—" : words("messaging.forward.console.minutes", locale, value);
	}

	private String p90(Double value, Locale locale) {
		return value == null ? null : words("messaging.forward.console.p90", locale, value);
	}

	private String words(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
