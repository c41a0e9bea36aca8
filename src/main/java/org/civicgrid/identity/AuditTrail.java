package org.civicgrid.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.SortColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail every module writes to: logins, failures, locks, account changes, boundary edits, and
 * later reveals and exports of personal data. Entries are written in their own transaction, so a refused
 * or failed operation still leaves its trace.
 */
@Service
public class AuditTrail {

	/** What the audit list sorts by; newest first when not asked. */
	public static final SortColumns SORTS = SortColumns.byDefault(" order by at desc, id desc")
		.field("at", "at")
		.field("actor", "actor")
		.field("action", "action")
		.field("target", "target")
		.field("region", "region_code")
		.tieBreak("id");

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String actor, String action, String target, String regionCode, String detail,
			String remoteAddr) {
		jdbc.sql("""
				insert into audit_event (at, actor, action, target, region_code, detail, remote_addr)
				values (:at, :actor, :action, :target, :region, :detail, :addr)""")
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("action", action)
			.param("target", target)
			.param("region", regionCode)
			.param("detail", detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)))
			.param("addr", remoteAddr)
			.update();
	}

	/**
	 * Entries about the scope (or by anyone when the entry has no region), newest first or as sorted
	 * ({@link #SORTS}), optionally filtered by actor, action and time.
	 */
	@Transactional(readOnly = true)
	public Paged<AuditEntry> search(RegionScope scope, String actor, String action, Instant from, Instant to,
			PageRequest page) {
		String order = SORTS.orderBy(page.sort());
		String where = """
				where (region_code like :scope or region_code is null)
				  and (cast(:actor as varchar) is null or actor = :actor)
				  and (cast(:action as varchar) is null or action = :action)
				  and (cast(:from as timestamptz) is null or at >= :from)
				  and (cast(:to as timestamptz) is null or at < :to)""";
		Map<String, Object> params = new HashMap<>();
		params.put("scope", scope.likePattern());
		params.put("actor", actor);
		params.put("action", action);
		params.put("from", from == null ? null : Timestamp.from(from));
		params.put("to", to == null ? null : Timestamp.from(to));
		long total = jdbc.sql("select count(*) from audit_event " + where).params(params).query(Long.class).single();
		var items = jdbc.sql("select * from audit_event " + where + order + " limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, i) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("target"), rs.getString("region_code"), rs.getString("detail"),
					rs.getString("remote_addr")))
			.list();
		return new Paged<>(items, page.page(), page.size(), total);
	}
}
