package org.civicgrid.messaging.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.civicgrid.messaging.Outbound;
import org.civicgrid.messaging.OutboundContent;
import org.civicgrid.messaging.OutboundRecipient;
import org.civicgrid.messaging.OutboundRequest;
import org.civicgrid.messaging.PostKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 联动应急, after the acknowledgement time: every member who has not acknowledged their channel's post and whom the
 * registry knows is sent one SMS through {@link Outbound} (emergencies pass the quiet hours and every member's
 * choice); members the registry does not know (staff, members confirmed without a person) are counted as not
 * reachable by SMS. Each broadcast is claimed once, by one node ({@code for update skip locked}), in the same
 * transaction that records its deliveries, so a broadcast is reminded exactly once however many nodes look.
 */
@Component
class BroadcastReminders {

	private static final Logger log = LoggerFactory.getLogger(BroadcastReminders.class);

	/** What one broadcast's reminder did. */
	record Reminded(long broadcastId, int sent, int unreachable) {
	}

	private final BroadcastService broadcasts;
	private final Outbound outbound;
	private final EmergencySettings settings;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final Clock clock;

	BroadcastReminders(BroadcastService broadcasts, Outbound outbound, EmergencySettings settings, JdbcClient jdbc,
			TransactionTemplate tx, Clock clock) {
		this.broadcasts = broadcasts;
		this.outbound = outbound;
		this.settings = settings;
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${civicgrid.messaging.emergency.poll-interval:PT30S}",
			fixedDelayString = "${civicgrid.messaging.emergency.poll-interval:PT30S}")
	void poll() {
		if (settings.reminders()) {
			try {
				runDue();
			}
			catch (RuntimeException e) {
				log.error("Emergency reminders failed; the broadcasts stay due for the next poll", e);
			}
		}
	}

	/** Reminds every broadcast whose acknowledgement time is over, one transaction each; what each one did. */
	List<Reminded> runDue() {
		List<Reminded> done = new ArrayList<>();
		for (Optional<Reminded> next = tx.execute(s -> remindNext()); next.isPresent(); next = tx
			.execute(s -> remindNext())) {
			done.add(next.get());
		}
		return done;
	}

	/** A broadcast this node has just claimed. */
	private record Claimed(long id, String title) {
	}

	private Optional<Reminded> remindNext() {
		Instant now = clock.instant();
		return jdbc.sql("""
				update msg_broadcast set sms_done_at = :now
				where id = (select id from msg_broadcast where sms_done_at is null and sms_due_at <= :now
				            order by sms_due_at, id limit 1 for update skip locked)
				returning id, title""").param("now", Timestamp.from(now))
			.query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("title"))).optional()
			.map(c -> remind(c.id(), c.title()));
	}

	private Reminded remind(long id, String title) {
		int sent = 0;
		int unreachable = 0;
		for (BroadcastService.Unacknowledged u : broadcasts.unacknowledged(id)) {
			if (u.person().personId() == null) {
				unreachable++;
				continue;
			}
			outbound.send(new OutboundRequest("broadcast:" + id + ":unacknowledged",
					OutboundRecipient.member(u.person().accountId(), u.person().personId()), PostKind.EMERGENCY,
					u.channel().regionCode(), OutboundContent.sms(settings.smsTemplate(), SmsVariables.of(title, u.channel()))));
			sent++;
		}
		jdbc.sql("update msg_broadcast set sms_count = :sent, sms_unreachable = :unreachable where id = :id")
			.param("sent", sent).param("unreachable", unreachable).param("id", id).update();
		log.info("Emergency broadcast {}: {} SMS to members who did not acknowledge, {} without a phone on record",
				id, sent, unreachable);
		return new Reminded(id, sent, unreachable);
	}
}
