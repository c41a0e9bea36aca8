package org.civicgrid.messaging.internal;

import java.time.Duration;

import org.civicgrid.shared.time.TimeUnitKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code civicgrid.messaging.questions.*}: the answer commitment for residents' questions (政策咨询).
 *
 * @param respond how soon staff respond (claim it or reply), 15 minutes unless set
 * @param reply how soon staff reply in the thread, 30 minutes unless set; unanswered then, it rises a level
 * @param kind whether the minutes are office minutes on working days (the default) or all minutes
 * @param rises whether this node raises overdue questions (every node may: each is claimed by one)
 * @param pollInterval how often it looks, 30 s unless set
 */
@ConfigurationProperties("civicgrid.messaging.questions")
public record QuestionSettings(Duration respond, Duration reply, TimeUnitKind kind, Boolean rises,
		Duration pollInterval) {

	public QuestionSettings {
		respond = respond == null ? Duration.ofMinutes(15) : respond;
		reply = reply == null ? Duration.ofMinutes(30) : reply;
		kind = kind == null ? TimeUnitKind.WORKING : kind;
		rises = rises == null || rises;
		pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
		if (reply.compareTo(respond) < 0) {
			throw new IllegalArgumentException("civicgrid.messaging.questions.reply must not be shorter than respond");
		}
	}
}
