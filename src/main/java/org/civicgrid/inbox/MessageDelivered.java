package org.civicgrid.inbox;

import java.time.Instant;
import java.util.List;

/**
 * A message was put into someone's inbox: what later channels (SMS, WeCom) hear when they forward messages to a
 * person's phone, worded in that person's language from {@code key} and {@code args}.
 */
public record MessageDelivered(long messageId, long accountId, Long caseId, String key, List<String> args,
		Instant at) {
}
