package org.civicgrid.services.internal.requests;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civicgrid.casework.Colour;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requests ({@code service_request}) and their steps ({@code service_request_step}). */
@Repository
class Requests {

	/** A stored colour, read the way {@link RequestRow#colourAt} and {@link RequestClock#colour} read it. */
	static final String COLOUR = """
			case when coalesce(r.finished_at, r.paused_since, :now) >= r.deadline then 'RED'
			     when coalesce(r.finished_at, r.paused_since, :now) >= r.yellow_from then 'YELLOW' else 'GREEN' end""";

	private final JdbcClient jdbc;

	Requests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextId() {
		return jdbc.sql("select nextval('service_request_id_seq')").query(Long.class).single();
	}

	void insert(RequestRow r) {
		jdbc.sql("""
				insert into service_request (id, number, item_code, item_name, region_code, hall, counter, channel,
				    handling, status, resident_name, resident_phone, resident_account, person_id, received_by, owner,
				    owner_unit, time_limit_days, accepted_at, clock_started, deadline, yellow_from, paused_since,
				    missing_materials, supplement_asked, reason, result, finished_at, finished_by)
				values (:id, :number, :item, :itemName, :region, :hall, :counter, :channel, :handling, :status, :name,
				    :phone, :account, :person, :receivedBy, :owner, :ownerUnit, :days, :accepted, :started, :deadline,
				    :yellow, :paused, :materials::text[], :asked, :reason, :result, :finished, :finishedBy)""")
			.param("id", r.id()).param("number", r.number()).param("item", r.itemCode())
			.param("itemName", r.itemName()).param("region", r.regionCode()).param("hall", r.hall())
			.param("counter", r.counter()).param("channel", r.channel().name()).param("handling", r.handling().name())
			.param("status", r.status().name()).param("name", r.residentName()).param("phone", r.residentPhone())
			.param("account", r.residentAccount()).param("person", r.personId()).param("receivedBy", r.receivedBy())
			.param("owner", r.owner()).param("ownerUnit", r.ownerUnit()).param("days", r.timeLimitDays())
			.param("accepted", ts(r.acceptedAt())).param("started", ts(r.clockStarted()))
			.param("deadline", ts(r.deadline())).param("yellow", ts(r.yellowFrom()))
			.param("paused", ts(r.pausedSince())).param("materials", array(r.missingMaterials()))
			.param("asked", r.supplementAsked()).param("reason", r.reason()).param("result", r.result())
			.param("finished", ts(r.finishedAt())).param("finishedBy", r.finishedBy())
			.update();
	}

	/** Writes what a step may change: status, owner, clock, materials, reason, result, finish. */
	void update(RequestRow r) {
		jdbc.sql("""
				update service_request set status = :status, owner = :owner, owner_unit = :ownerUnit,
				    clock_started = :started, deadline = :deadline, yellow_from = :yellow, paused_since = :paused,
				    missing_materials = :materials::text[], supplement_asked = :asked, reason = :reason,
				    result = :result, finished_at = :finished, finished_by = :finishedBy
				where id = :id""")
			.param("id", r.id()).param("status", r.status().name()).param("owner", r.owner())
			.param("ownerUnit", r.ownerUnit()).param("started", ts(r.clockStarted()))
			.param("deadline", ts(r.deadline())).param("yellow", ts(r.yellowFrom()))
			.param("paused", ts(r.pausedSince())).param("materials", array(r.missingMaterials()))
			.param("asked", r.supplementAsked()).param("reason", r.reason()).param("result", r.result())
			.param("finished", ts(r.finishedAt())).param("finishedBy", r.finishedBy())
			.update();
	}

	/** The request, its row locked for the step under way, so two steps on one request go one by one. */
	Optional<RequestRow> lock(long id) {
		return jdbc.sql("select * from service_request r where id = :id for update").param("id", id)
			.query(this::row).optional();
	}

	Optional<RequestRow> find(long id) {
		return jdbc.sql("select * from service_request r where id = :id").param("id", id).query(this::row).optional();
	}

	void addStep(long requestId, Instant at, String actor, String action, RequestStatus status, String note,
			String handedFrom, String handedTo, String handedUnit) {
		jdbc.sql("""
				insert into service_request_step (request_id, at, actor, action, status, note, handed_from, handed_to,
				    handed_unit)
				values (:id, :at, :actor, :action, :status, :note, :from, :to, :unit)""")
			.param("id", requestId).param("at", ts(at)).param("actor", actor).param("action", action)
			.param("status", status.name()).param("note", note).param("from", handedFrom).param("to", handedTo)
			.param("unit", handedUnit)
			.update();
	}

	List<RequestStep> steps(long requestId) {
		return jdbc.sql("select * from service_request_step where request_id = :id order by id").param("id", requestId)
			.query((rs, n) -> new RequestStep(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
					rs.getString("actor"), rs.getString("action"), RequestStatus.valueOf(rs.getString("status")),
					rs.getString("note"), rs.getString("handed_from"), rs.getString("handed_to"),
					rs.getString("handed_unit")))
			.list();
	}

	/** The requests in scope matching the filter, the oldest deadline first among the open ones, then the newest. */
	Paged<RequestRow> search(RegionScope scope, RequestQuery query, Instant now, PageRequest page) {
		String where = """
				 from service_request r where r.region_code like :scope
				   and (:status::text is null or r.status = :status)
				   and (:colour::text is null or (""" + COLOUR + """
				) = :colour)
				   and (:text::text is null or r.number ilike :text or r.resident_name ilike :text
				        or r.item_name ilike :text or r.item_code ilike :text or r.resident_phone like :text)
				   and (:hall::text is null or r.hall = :hall)""";
		String text = query.text() == null || query.text().isBlank() ? null
				: "%" + query.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
		var count = jdbc.sql("select count(*)" + where);
		var list = jdbc.sql("select r.*" + where + """
				 order by (r.finished_at is null) desc, case when r.finished_at is null then r.deadline end,
				    r.accepted_at desc, r.id desc
				limit :limit offset :offset""");
		for (var sql : List.of(count, list)) {
			sql.param("scope", scope.likePattern()).param("status", query.status() == null ? null : query.status().name())
				.param("colour", query.colour() == null ? null : query.colour().name()).param("text", text)
				.param("hall", blankToNull(query.hall())).param("now", ts(now));
		}
		long total = count.query(Long.class).single();
		List<RequestRow> rows = list.param("limit", page.size()).param("offset", (long) page.page() * page.size())
			.query(this::row).list();
		return new Paged<>(rows, page.page(), page.size(), total);
	}

	/** How many open (or finished) requests in scope stand in each colour now. */
	List<Object[]> colourCounts(RegionScope scope, String hall, Instant now) {
		return jdbc.sql("select " + COLOUR + " as colour, count(*) from service_request r where r.region_code like :scope"
				+ " and r.finished_at is null and (:hall::text is null or r.hall = :hall) group by 1")
			.param("scope", scope.likePattern()).param("hall", blankToNull(hall)).param("now", ts(now))
			.query((rs, n) -> new Object[] { Colour.valueOf(rs.getString(1)), rs.getLong(2) }).list();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** The resident's own requests, newest first. */
	List<RequestRow> ofResident(long accountId) {
		return jdbc.sql("select * from service_request r where resident_account = :a order by accepted_at desc, id desc")
			.param("a", accountId).query(this::row).list();
	}

	private RequestRow row(ResultSet rs, int n) throws SQLException {
		return new RequestRow(rs.getLong("id"), rs.getString("number"), rs.getString("item_code"),
				rs.getString("item_name"), rs.getString("region_code"), rs.getString("hall"), rs.getString("counter"),
				RequestChannel.valueOf(rs.getString("channel")), Handling.valueOf(rs.getString("handling")),
				RequestStatus.valueOf(rs.getString("status")), rs.getString("resident_name"),
				rs.getString("resident_phone"), (Long) rs.getObject("resident_account", Long.class),
				(Long) rs.getObject("person_id", Long.class), rs.getString("received_by"), rs.getString("owner"),
				rs.getString("owner_unit"), rs.getInt("time_limit_days"), instant(rs, "accepted_at"),
				instant(rs, "clock_started"), instant(rs, "deadline"), instant(rs, "yellow_from"),
				instant(rs, "paused_since"), strings(rs.getArray("missing_materials")),
				rs.getBoolean("supplement_asked"), rs.getString("reason"), rs.getString("result"),
				instant(rs, "finished_at"), rs.getString("finished_by"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/** A text[] literal; the items are quoted, so commas and braces in a material's name stay in it. */
	static String array(List<String> items) {
		StringBuilder b = new StringBuilder("{");
		for (int i = 0; i < items.size(); i++) {
			b.append(i == 0 ? "" : ",").append('"').append(items.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
				.append('"');
		}
		return b.append('}').toString();
	}
}
