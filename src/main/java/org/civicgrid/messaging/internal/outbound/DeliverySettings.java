package org.civicgrid.messaging.internal.outbound;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.civicgrid.messaging.PostKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How deliveries go out.
 *
 * @param worker this node's sending worker
 * @param retry how transient failures are retried
 * @param ratePerMinute sends per clock minute, per bucket: all SMS share one bucket (300 unless set), each WeCom
 *        robot has its own (20 unless set: WeCom's documented limit per robot); counted in the database, so the
 *        limit holds for the cluster, not per node
 * @param quietHours when non-emergency SMS wait, as {@code 22:00-07:00} in the calendar's zone; blank for none
 * @param smsByDefault the kinds that reach a member by SMS until they choose (emergencies always do)
 */
@ConfigurationProperties("civicgrid.messaging.outbound")
public record DeliverySettings(Worker worker, Retry retry, Map<ChannelKind, Integer> ratePerMinute, String quietHours,
		Set<PostKind> smsByDefault) {

	public DeliverySettings {
		worker = worker == null ? new Worker(null, null, null, null, null) : worker;
		retry = retry == null ? new Retry(null, null, null) : retry;
		Map<ChannelKind, Integer> rates = new EnumMap<>(ChannelKind.class);
		rates.put(ChannelKind.SMS, 300);
		rates.put(ChannelKind.WECOM_ROBOT, 20);
		if (ratePerMinute != null) {
			ratePerMinute.forEach((k, v) -> rates.put(k, v == null || v < 1 ? rates.get(k) : v));
		}
		ratePerMinute = Map.copyOf(rates);
		quietHours = quietHours == null ? "" : quietHours.strip();
		QuietHours.parse(quietHours); // fail at start-up, with the reason
		smsByDefault = smsByDefault == null ? EnumSet.of(PostKind.EMERGENCY, PostKind.NOTICE)
				: smsByDefault.isEmpty() ? Set.of() : EnumSet.copyOf(smsByDefault);
	}

	public int ratePerMinute(ChannelKind channel) {
		return ratePerMinute.get(channel);
	}

	/**
	 * @param enabled whether this node sends (every node may; each delivery is picked by one)
	 * @param pollInterval how often the worker looks for due deliveries (2 s unless set)
	 * @param batchSize deliveries picked at once per bucket (50 unless set)
	 * @param threads deliveries sent at once per node (4 unless set)
	 * @param lease how long a picked delivery stays with its node; after that another node may send it
	 *        (2 minutes unless set, well above the providers' timeouts)
	 */
	public record Worker(Boolean enabled, Duration pollInterval, Integer batchSize, Integer threads, Duration lease) {

		public Worker {
			enabled = enabled == null || enabled;
			pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
			batchSize = batchSize == null || batchSize < 1 ? 50 : batchSize;
			threads = threads == null || threads < 1 ? 4 : threads;
			lease = lease == null ? Duration.ofMinutes(2) : lease;
		}
	}

	/**
	 * @param maxAttempts attempts before a delivery that keeps failing transiently is given up (5 unless set)
	 * @param firstDelay the wait after the first failure, doubled after each further one (30 s unless set)
	 * @param maxDelay the longest wait (30 minutes unless set)
	 */
	public record Retry(Integer maxAttempts, Duration firstDelay, Duration maxDelay) {

		public Retry {
			maxAttempts = maxAttempts == null || maxAttempts < 1 ? 5 : maxAttempts;
			firstDelay = firstDelay == null ? Duration.ofSeconds(30) : firstDelay;
			maxDelay = maxDelay == null ? Duration.ofMinutes(30) : maxDelay;
		}

		/** The wait after the {@code attempts}-th failed attempt: first delay, doubled each time, capped. */
		public Duration delayAfter(int attempts) {
			Duration d = firstDelay;
			for (int i = 1; i < attempts && d.compareTo(maxDelay) < 0; i++) {
				d = d.multipliedBy(2);
			}
			return d.compareTo(maxDelay) > 0 ? maxDelay : d;
		}
	}
}
