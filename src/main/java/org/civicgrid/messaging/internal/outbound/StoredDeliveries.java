package org.civicgrid.messaging.internal.outbound;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.messaging.DeliveryState;
import org.civicgrid.messaging.OutboundContent;
import org.civicgrid.messaging.PostKind;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.SortColumns;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The deliveries ({@code outbound_delivery}) and the shared rate budget ({@code outbound_rate}). */
@Repository
class StoredDeliveries {

	/** What the delivery log sorts by; newest first when not asked. */
	static final SortColumns SORTS = SortColumns.byDefault(" order by created_at desc, id desc")
		.field("createdAt", "created_at")
		.field("state", "state")
		.field("channel", "channel")
		.field("attempts", "attempts")
		.field("nextAttemptAt", "next_attempt_at")
		.field("sentAt", "sent_at")
		.tieBreak("id");

	private static final String OPEN = "state in ('PENDING', 'DEFERRED')";
	private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	StoredDeliveries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A new delivery, or empty when one with the same message key, recipient and channel exists. */
	Optional<Long> insert(Delivery d) {
		Map<String, Object> p = new HashMap<>();
		p.put("key", d.messageKey());
		p.put("channel", d.channel().name());
		p.put("recipient", d.recipientKey());
		p.put("person", d.personId());
		p.put("account", d.accountId());
		p.put("robot", d.robot());
		p.put("label", d.recipientLabel());
		p.put("rate", d.rateKey());
		p.put("kind", d.kind().name());
		p.put("region", d.regionCode());
		p.put("template", null);
		p.put("params", null);
		p.put("body", null);
		p.put("format", null);
		p.put("all", false);
		p.put("mentions", "{}");
		if (d.content() instanceof OutboundContent.SmsTemplate s) {
			p.put("template", s.templateCode());
			p.put("params", json.writeValueAsString(s.params()));
		}
		else if (d.content() instanceof OutboundContent.RobotText t) {
			p.put("body", t.text());
			p.put("format", "TEXT");
			p.put("all", t.mentionAll());
			p.put("mentions", "{" + String.join(",", t.mentionPersonIds().stream().map(String::valueOf).toList()) + "}");
		}
		else if (d.content() instanceof OutboundContent.RobotMarkdown m) {
			p.put("body", m.markdown());
			p.put("format", "MARKDOWN");
		}
		p.put("state", d.state().name());
		p.put("next", ts(d.nextAttemptAt()));
		p.put("error", d.lastError());
		p.put("at", ts(d.createdAt()));
		return jdbc.sql("""
				insert into outbound_delivery (message_key, channel, recipient_key, person_id, account_id, robot,
				    recipient_label, rate_key, post_kind, region_code, template_code, template_params, body, body_format,
				    mention_all, mention_person_ids, state, next_attempt_at, last_error, created_at)
				values (:key, :channel, :recipient, :person, :account, :robot, :label, :rate, :kind, :region, :template,
				    cast(:params as jsonb), :body, :format, :all, cast(:mentions as bigint[]), :state, :next, :error, :at)
				on conflict (message_key, recipient_key, channel) do nothing
				returning id""")
			.params(p)
			.query(Long.class)
			.optional();
	}

	Optional<Delivery> find(long id) {
		return jdbc.sql("select * from outbound_delivery where id = :id").param("id", id).query(this::row).optional();
	}

	Optional<Delivery> find(String messageKey, String recipientKey, ChannelKind channel) {
		return jdbc.sql("""
				select * from outbound_delivery
				where message_key = :key and recipient_key = :recipient and channel = :channel""")
			.param("key", messageKey).param("recipient", recipientKey).param("channel", channel.name())
			.query(this::row).optional();
	}

	/** The rate buckets that have deliveries due now and picked by no node. */
	List<String> dueBuckets(Instant now, int limit) {
		return jdbc.sql("select distinct rate_key from outbound_delivery where " + OPEN + """
				 and next_attempt_at <= :now and (claimed_until is null or claimed_until <= :now)
				limit :limit""")
			.param("now", ts(now)).param("limit", limit).query(String.class).list();
	}

	/**
	 * Takes up to {@code wanted} sends from the bucket's budget for the minute starting at {@code window}: the
	 * budget's row is locked until the transaction ends, so two nodes never both take the last sends. Answers how
	 * many were granted; call inside a transaction and {@link #spend} what was used.
	 */
	int budget(String rateKey, Instant window, int limit, int wanted) {
		jdbc.sql("insert into outbound_rate (rate_key, window_start, used) values (:k, :w, 0) on conflict do nothing")
			.param("k", rateKey).param("w", ts(window)).update();
		int used = jdbc.sql("select used from outbound_rate where rate_key = :k and window_start = :w for update")
			.param("k", rateKey).param("w", ts(window)).query(Integer.class).single();
		return Math.max(0, Math.min(wanted, limit - used));
	}

	void spend(String rateKey, Instant window, int sends) {
		jdbc.sql("update outbound_rate set used = used + :n where rate_key = :k and window_start = :w")
			.param("n", sends).param("k", rateKey).param("w", ts(window)).update();
	}

	/** Forgets the budgets of minutes long gone. */
	int forgetBudgetsBefore(Instant before) {
		return jdbc.sql("delete from outbound_rate where window_start < :before").param("before", ts(before)).update();
	}

	/**
	 * Picks up to {@code n} due deliveries of the bucket for this node until {@code until}, emergencies first, then
	 * the longest waiting; rows another node is picking at the same moment are skipped, not waited for.
	 */
	List<Delivery> claim(String rateKey, Instant now, Instant until, int n) {
		if (n <= 0) {
			return List.of();
		}
		return jdbc.sql("with due as (select id from outbound_delivery where rate_key = :k and " + OPEN + """
				      and next_attempt_at <= :now and (claimed_until is null or claimed_until <= :now)
				    order by (post_kind = 'EMERGENCY') desc, next_attempt_at, id
				    limit :n
				    for update skip locked)
				update outbound_delivery d set claimed_until = :until, last_attempt_at = :now
				from due where d.id = due.id
				returning d.*""")
			.param("k", rateKey).param("now", ts(now)).param("until", ts(until)).param("n", n)
			.query(this::row).list();
	}

	void sent(long id, String providerId, String label, Instant at) {
		jdbc.sql("""
				update outbound_delivery set state = 'SENT', attempts = attempts + 1, provider_id = :provider,
				    recipient_label = coalesce(:label, recipient_label), sent_at = :at, last_error = null,
				    claimed_until = null
				where id = :id""")
			.param("id", id).param("provider", providerId).param("label", label).param("at", ts(at)).update();
	}

	/** A failed attempt to try again at {@code next} ({@code DEFERRED} when the quiet hours moved it). */
	void retry(long id, DeliveryState state, Instant next, String error, String label) {
		jdbc.sql("""
				update outbound_delivery set state = :state, attempts = attempts + 1, next_attempt_at = :next,
				    last_error = :error, recipient_label = coalesce(:label, recipient_label), claimed_until = null
				where id = :id""")
			.param("id", id).param("state", state.name()).param("next", ts(next)).param("error", cut(error))
			.param("label", label).update();
	}

	/** Given up for good; {@code attempted} counts the attempt that was made (false: refused before sending). */
	void failed(long id, String error, String label, boolean attempted) {
		jdbc.sql("""
				update outbound_delivery set state = 'FAILED', attempts = attempts + :n, last_error = :error,
				    recipient_label = coalesce(:label, recipient_label), claimed_until = null
				where id = :id""")
			.param("id", id).param("n", attempted ? 1 : 0).param("error", cut(error)).param("label", label).update();
	}

	/** Put back without an attempt: deferred to {@code next}, or skipped. */
	void release(long id, DeliveryState state, Instant next, String note) {
		jdbc.sql("""
				update outbound_delivery set state = :state, next_attempt_at = :next, last_error = :note,
				    claimed_until = null
				where id = :id""")
			.param("id", id).param("state", state.name()).param("next", ts(next)).param("note", cut(note)).update();
	}

	/** The log: deliveries about the scope matching the query, newest first or as sorted. */
	Paged<Delivery> search(RegionScope scope, DeliveryQuery q, PageRequest page) {
		Map<String, Object> p = new HashMap<>();
		String where = where(scope, q, p);
		long total = jdbc.sql("select count(*) from outbound_delivery" + where).params(p).query(Long.class).single();
		List<Delivery> rows = jdbc.sql("select * from outbound_delivery" + where + SORTS.orderBy(page.sort())
				+ " limit :limit offset :offset")
			.params(p).param("limit", page.size()).param("offset", page.offset()).query(this::row).list();
		return new Paged<>(rows, page.page(), page.size(), total);
	}

	/** Every delivery of the log's search in its order, one at a time (the export). */
	void each(RegionScope scope, DeliveryQuery q, org.civicgrid.shared.Sort sort, java.util.function.Consumer<Delivery> row) {
		Map<String, Object> p = new HashMap<>();
		String where = where(scope, q, p);
		jdbc.sql("select * from outbound_delivery" + where + SORTS.orderBy(sort)).params(p)
			.query((RowCallbackHandler) rs -> row.accept(row(rs, 0)));
	}

	private static String where(RegionScope scope, DeliveryQuery q, Map<String, Object> p) {
		p.put("scope", scope.likePattern());
		p.put("state", q.state() == null ? null : q.state().name());
		p.put("channel", q.channel() == null ? null : q.channel().name());
		p.put("key", q.messageKey() == null ? null
				: q.messageKey().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		return " where region_code like :scope" + """

				and (cast(:state as varchar) is null or state = :state)
				and (cast(:channel as varchar) is null or channel = :channel)
				and (cast(:key as varchar) is null or message_key like :key)""";
	}

	private Delivery row(ResultSet rs, int n) throws SQLException {
		OutboundContent content;
		String format = rs.getString("body_format");
		if ("TEXT".equals(format)) {
			content = new OutboundContent.RobotText(rs.getString("body"), longs(rs.getArray("mention_person_ids")),
					rs.getBoolean("mention_all"));
		}
		else if ("MARKDOWN".equals(format)) {
			content = new OutboundContent.RobotMarkdown(rs.getString("body"));
		}
		else {
			String params = rs.getString("template_params");
			content = new OutboundContent.SmsTemplate(rs.getString("template_code"),
					params == null ? Map.of() : json.readValue(params, PARAMS));
		}
		return new Delivery(rs.getLong("id"), rs.getString("message_key"), ChannelKind.valueOf(rs.getString("channel")),
				rs.getString("recipient_key"), rs.getObject("person_id", Long.class),
				rs.getObject("account_id", Long.class), rs.getString("robot"), rs.getString("recipient_label"),
				rs.getString("rate_key"), PostKind.valueOf(rs.getString("post_kind")), rs.getString("region_code"), content,
				DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
				instant(rs, "last_attempt_at"), rs.getString("last_error"), rs.getString("provider_id"),
				instant(rs, "created_at"), instant(rs, "sent_at"));
	}

	private static List<Long> longs(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<Long> out = new ArrayList<>();
		for (Object o : (Object[]) array.getArray()) {
			out.add(((Number) o).longValue());
		}
		return out;
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static String cut(String s) {
		return s == null || s.length() <= 500 ? s : s.substring(0, 500);
	}
}
