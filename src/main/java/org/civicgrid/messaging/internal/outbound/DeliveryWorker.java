package org.civicgrid.messaging.internal.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.civicgrid.messaging.DeliveryState;
import org.civicgrid.messaging.OutboundContent;
import org.civicgrid.registry.ContactPhones;
import org.civicgrid.registry.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due. Each poll (every {@code poll-interval} on every node that runs it) looks for rate buckets with
 * due deliveries; for each it takes what this minute's budget still allows (the budget's row locked, so the limit
 * holds across nodes) and picks that many due rows with {@code for update skip locked}, marking them picked for
 * the lease, so no two nodes pick one row. Then, outside any transaction, each picked delivery is checked again
 * (quiet hours, the member's choice), its phone opened from the registry, and sent; the outcome is written at once.
 * A transient failure is tried again after an exponential backoff until {@code max-attempts}; a refusal fails it.
 * A node that stops while sending leaves the row picked until its lease ends; then any node may send it again.
 */
@Component
public class DeliveryWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	static final String NOT_BY_SMS = "the member takes no SMS for this kind of post";
	static final int BUCKETS_PER_POLL = 100;

	private final StoredDeliveries deliveries;
	private final Map<ChannelKind, OutboundChannel> channels = new EnumMap<>(ChannelKind.class);
	private final ContactPhones phones;
	private final SmsPreferences preferences;
	private final QuietHours quiet;
	private final WeComSettings wecom;
	private final DeliverySettings settings;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final ExecutorService senders;

	DeliveryWorker(StoredDeliveries deliveries, List<OutboundChannel> channels, ContactPhones phones,
			SmsPreferences preferences, QuietHours quiet, WeComSettings wecom, DeliverySettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.deliveries = deliveries;
		channels.forEach(c -> this.channels.put(c.kind(), c));
		this.phones = phones;
		this.preferences = preferences;
		this.quiet = quiet;
		this.wecom = wecom;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
		this.senders = Executors.newFixedThreadPool(settings.worker().threads(), r -> {
			Thread t = new Thread(r, "outbound-sender");
			t.setDaemon(true);
			return t;
		});
		this.channels.values().stream().filter(c -> !c.ready())
			.forEach(c -> log.warn("Outbound {} is not configured on this node: its deliveries wait until it is", c.kind()));
	}

	@Scheduled(initialDelayString = "${civicgrid.messaging.outbound.worker.poll-interval:PT2S}",
			fixedDelayString = "${civicgrid.messaging.outbound.worker.poll-interval:PT2S}")
	void poll() {
		if (settings.worker().enabled()) {
			try {
				runDue();
			}
			catch (RuntimeException e) {
				log.error("Outbound poll failed; the next poll tries again", e);
			}
		}
	}

	/** One pass: sends what is due now, within the budgets; answers how many deliveries were picked. */
	public int runDue() {
		Instant now = clock.instant();
		Instant window = now.truncatedTo(ChronoUnit.MINUTES);
		List<Future<?>> sending = new ArrayList<>();
		int picked = 0;
		for (String bucket : deliveries.dueBuckets(now, BUCKETS_PER_POLL)) {
			ChannelKind kind = ChannelKind.valueOf(bucket.split(":", 2)[0]);
			OutboundChannel channel = channels.get(kind);
			if (channel == null || !channel.ready()) {
				continue;
			}
			List<Delivery> claimed = transactions.execute(s -> {
				int granted = deliveries.budget(bucket, window, settings.ratePerMinute(kind),
						settings.worker().batchSize());
				List<Delivery> rows = deliveries.claim(bucket, now, now.plus(settings.worker().lease()), granted);
				deliveries.spend(bucket, window, rows.size());
				return rows;
			});
			picked += claimed.size();
			for (Delivery d : claimed) {
				sending.add(senders.submit(() -> attempt(d, channel)));
			}
		}
		for (Future<?> f : sending) {
			try {
				f.get();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (java.util.concurrent.ExecutionException e) {
				log.error("Outbound send failed unexpectedly", e.getCause());
			}
		}
		if (now.atZone(clock.getZone()).getMinute() % 10 == 0) {
			deliveries.forgetBudgetsBefore(window.minus(Duration.ofHours(1)));
		}
		return picked;
	}

	/** One delivery, picked by this node: checked again, opened, sent, its outcome written. */
	void attempt(Delivery d, OutboundChannel channel) {
		Instant now = clock.instant();
		Dispatch dispatch;
		String label;
		if (d.channel() == ChannelKind.SMS) {
			if (!d.kind().isEmergency() && quiet.isQuiet(now)) {
				deliveries.release(d.id(), DeliveryState.DEFERRED, quiet.endOf(now), d.lastError());
				return;
			}
			if (!preferences.allows(d.accountId(), d.kind())) {
				deliveries.release(d.id(), DeliveryState.SKIPPED, now, NOT_BY_SMS);
				return;
			}
			Optional<PhoneNumber> phone = open(d, d.personId());
			if (phone.isEmpty()) {
				fail(d, "no phone on record for person " + d.personId(), null, false);
				return;
			}
			label = phone.get().masked();
			if (!phone.get().isMobile()) {
				fail(d, "the phone on record is a landline, which takes no SMS", label, false);
				return;
			}
			dispatch = Dispatch.sms(d.id(), phone.get().value(), d.content());
		}
		else {
			Optional<String> key = wecom.keyOf(d.robot());
			label = d.robot();
			if (key.isEmpty()) {
				fail(d, "no WeCom robot named " + d.robot() + " is configured", label, false);
				return;
			}
			List<String> mentions = new ArrayList<>();
			if (d.content() instanceof OutboundContent.RobotText text) {
				for (Long person : text.mentionPersonIds()) {
					open(d, person).filter(PhoneNumber::isMobile).ifPresent(p -> mentions.add(p.value()));
				}
			}
			dispatch = Dispatch.robot(d.id(), key.get(), d.content(), mentions);
		}
		SendOutcome outcome;
		try {
			outcome = channel.send(dispatch);
		}
		catch (RuntimeException e) {
			log.error("Delivery {} ({} to {}): the adapter failed: {}", d.id(), d.channel(), label,
					e.getClass().getSimpleName());
			outcome = SendOutcome.Retry.now("unexpected: " + e.getClass().getSimpleName());
		}
		record(d, outcome, label, clock.instant());
	}

	private void record(Delivery d, SendOutcome outcome, String label, Instant now) {
		if (outcome instanceof SendOutcome.Sent sent) {
			deliveries.sent(d.id(), sent.providerId(), label, now);
			log.info("Delivery {} ({} to {}) sent", d.id(), d.channel(), label);
		}
		else if (outcome instanceof SendOutcome.Refused refused) {
			fail(d, refused.error(), label, true);
		}
		else if (outcome instanceof SendOutcome.Retry retry) {
			int attempts = d.attempts() + 1;
			if (attempts >= settings.retry().maxAttempts()) {
				fail(d, "gave up after " + attempts + " attempts: " + retry.error(), label, true);
				return;
			}
			Duration wait = settings.retry().delayAfter(attempts);
			if (retry.atLeast().compareTo(wait) > 0) {
				wait = retry.atLeast();
			}
			Instant next = now.plus(wait);
			DeliveryState state = DeliveryState.PENDING;
			if (d.channel() == ChannelKind.SMS && !d.kind().isEmergency() && quiet.isQuiet(next)) {
				next = quiet.endOf(next);
				state = DeliveryState.DEFERRED;
			}
			deliveries.retry(d.id(), state, next, retry.error(), label);
			log.info("Delivery {} ({} to {}) failed for now ({}); attempt {} at {}", d.id(), d.channel(), label,
					retry.error(), attempts + 1, next);
		}
	}

	private void fail(Delivery d, String error, String label, boolean attempted) {
		deliveries.failed(d.id(), error, label, attempted);
		log.warn("Delivery {} ({} to {}) failed for good: {}", d.id(), d.channel(), label == null ? d.recipientKey() : label,
				error);
	}

	private Optional<PhoneNumber> open(Delivery d, Long personId) {
		if (personId == null) {
			return Optional.empty();
		}
		try {
			return phones.phoneOf(personId, "outbound delivery " + d.id() + " (" + d.messageKey() + ")");
		}
		catch (RuntimeException e) {
			log.warn("Delivery {}: the phone of person {} could not be opened: {}", d.id(), personId,
					e.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	@Override
	public void destroy() {
		senders.shutdownNow();
	}
}
