package org.civicgrid.messaging.internal.outbound;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.messaging.PostKind;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which kinds of post reach a member by SMS (the rule both the request and the send ask): an emergency always
 * does, whatever was chosen (联动应急 reaches everyone it concerns); any other kind as the member chose, or as
 * {@code civicgrid.messaging.outbound.sms-by-default} says until they choose. A recipient without an account
 * follows the default. Members read and change only their own.
 */
@Service
public class SmsPreferences {

	private final JdbcClient jdbc;
	private final DeliverySettings settings;
	private final Clock clock;

	SmsPreferences(JdbcClient jdbc, DeliverySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether a post of this kind goes to the member by SMS. */
	public boolean allows(Long accountId, PostKind kind) {
		if (kind.isEmergency()) {
			return true;
		}
		if (accountId == null) {
			return settings.smsByDefault().contains(kind);
		}
		return jdbc.sql("select by_sms from outbound_sms_preference where account_id = :a and post_kind = :k")
			.param("a", accountId).param("k", kind.name()).query(Boolean.class).optional()
			.orElse(settings.smsByDefault().contains(kind));
	}

	/** The member's choice for every kind, in the kinds' order. */
	@Transactional(readOnly = true)
	public List<SmsChoice> of(long accountId) {
		Map<PostKind, Boolean> chosen = new EnumMap<>(PostKind.class);
		jdbc.sql("select post_kind, by_sms from outbound_sms_preference where account_id = :a").param("a", accountId)
			.query((rs, n) -> Map.entry(PostKind.valueOf(rs.getString(1)), rs.getBoolean(2)))
			.list()
			.forEach(e -> chosen.put(e.getKey(), e.getValue()));
		return PostKind.USES.stream()
			.map(k -> k.isEmergency() ? new SmsChoice(k, true, true, false)
					: new SmsChoice(k, chosen.getOrDefault(k, settings.smsByDefault().contains(k)), false,
							chosen.containsKey(k)))
			.toList();
	}

	/**
	 * The member takes SMS for exactly these kinds (and emergencies, always); every other kind is turned off.
	 */
	@Transactional
	public List<SmsChoice> choose(long accountId, Set<PostKind> bySms) {
		if (!PostKind.USES.containsAll(bySms)) {
			throw new InvalidInputException(List.of(FieldProblem.of("smsKinds", "messaging.outbound.kind-not-a-use")));
		}
		Timestamp at = Timestamp.from(clock.instant());
		for (PostKind kind : PostKind.USES) {
			if (kind.isEmergency()) {
				continue;
			}
			jdbc.sql("""
					insert into outbound_sms_preference (account_id, post_kind, by_sms, changed_at)
					values (:a, :k, :sms, :at)
					on conflict (account_id, post_kind) do update set by_sms = excluded.by_sms, changed_at = excluded.changed_at""")
				.param("a", accountId).param("k", kind.name()).param("sms", bySms.contains(kind)).param("at", at).update();
		}
		return of(accountId);
	}
}
