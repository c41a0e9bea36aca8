package org.civicgrid.casework.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.PossibleDuplicate;
import org.civicgrid.shared.Caller;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Duplicate reports (重复上报): an open case of the same small class reported within {@value #RADIUS_METRES} m and
 * 24 h before a new one is offered as its possible duplicate. An index of the open cases by small class and cells
 * of 0.001° around their point narrows the rows, the 24 h and a bounding box narrow them further, the haversine
 * distance decides. Also who follows a surviving case: the reporters of the cases merged into it.
 */
@Repository
class Duplicates {

	static final int RADIUS_METRES = 50;
	static final Duration WINDOW = Duration.ofHours(24);

	/**
	 * At most this many are offered, nearest first, out of the {@value #CANDIDATES} newest in the box: a dispatcher
	 * merges into one; a long list only shows that the spot is reported again and again (at an incident, hundreds).
	 */
	static final int OFFERED = 10;
	static final int CANDIDATES = 20;
	private static final double EARTH_RADIUS = 6_371_008.8;
	private static final double METRES_PER_DEGREE = Math.PI * EARTH_RADIUS / 180;

	/**
	 * Open cases (the rest of the small-class condition is the caller's) whose point lies in the cells of 0.001°
	 * around a box: the partial index event_case_nearby_idx of V1_3_90, which the expressions must match.
	 * Arguments: the column qualifier, then the box's latitudes and longitudes (SQL expressions).
	 */
	/** The box's half width in longitude around a case c, in SQL: 50 m at the case's latitude. */
	private static final String D_LNG = ":dLat / greatest(0.01, cos(radians(c.lat)))";

	private static final String NEARBY_OPEN = """
			%1$slat is not null and %1$sstatus not in ('CLOSED', 'DISMISSED', 'MERGED')
			  and floor(%1$slat * 1000)::integer between floor((%2$s) * 1000)::integer and floor((%3$s) * 1000)::integer
			  and floor(%1$slng * 1000)::integer between floor((%4$s) * 1000)::integer and floor((%5$s) * 1000)::integer""";

	/** The possible duplicates of one case, with the caller's visibility condition to fill in. */
	private static final String NEARBY = """
			select id, number, lat, lng from event_case
			where category_code = :category and %s
			  and created_at >= :since and created_at <= :at and id <> :id
			  and lat between :latMin and :latMax and lng between :lngMin and :lngMax
			  and (%%s)
			order by created_at desc limit :candidates""".formatted(
			NEARBY_OPEN.formatted("", ":latMin", ":latMax", ":lngMin", ":lngMax"));

	/** {@link #NEARBY} per visibility condition (a handful: one per kind of caller), built once. */
	private static final Map<String, String> NEARBY_SQL = new ConcurrentHashMap<>();

	/** A case merged into a survivor, as the survivor lists it. */
	record Merged(long id, String number) {
	}

	private final JdbcClient jdbc;
	private final DepartmentService departments;

	Duplicates(JdbcClient jdbc, DepartmentService departments) {
		this.jdbc = jdbc;
		this.departments = departments;
	}

	/**
	 * Open cases like {@code view} (same small class, 50 m, the 24 h before it) that the caller may see, nearest
	 * first, at most {@value #OFFERED}; never itself.
	 */
	List<PossibleDuplicate> of(Caller caller, CaseView view) {
		if (view.lat() == null || view.lng() == null || view.status().isFinal()) {
			return List.of();
		}
		return nearby(caller, view.categoryCode(), view.lat(), view.lng(), view.id(), view.createdAt()).run(jdbc);
	}

	/**
	 * The look for the open cases like case {@code id} of {@code category} at a point, reported by {@code at}, as a
	 * query that a new case's insert takes along (one round trip for both).
	 */
	Statements.Query<List<PossibleDuplicate>> nearby(Caller caller, String category, double lat, double lng, long id,
			Instant at) {
		double dLat = RADIUS_METRES / METRES_PER_DEGREE;
		double dLng = dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
		Map.Entry<String, Map<String, Object>> visible = CaseVisibility.where(caller, departments.unitOf(caller));
		Map<String, Object> params = new HashMap<>(visible.getValue());
		params.put("category", category);
		params.put("since", Timestamp.from(at.minus(WINDOW)));
		params.put("at", Timestamp.from(at));
		params.put("id", id);
		params.put("latMin", lat - dLat);
		params.put("latMax", lat + dLat);
		params.put("lngMin", lng - dLng);
		params.put("lngMax", lng + dLng);
		params.put("candidates", CANDIDATES);
		RowMapper<PossibleDuplicate> row = (rs, i) -> new PossibleDuplicate(rs.getLong("id"), rs.getString("number"),
				(int) Math.round(metres(lat, lng, rs.getDouble("lat"), rs.getDouble("lng"))));
		return new Statements.Query<>(NEARBY_SQL.computeIfAbsent(visible.getKey(), NEARBY::formatted), params,
				rs -> new RowMapperResultSetExtractor<>(row).extractData(rs)
					.stream()
					.filter(d -> d.distanceMetres() <= RADIUS_METRES)
					.sorted(Comparator.comparingInt(PossibleDuplicate::distanceMetres))
					.limit(OFFERED)
					.toList());
	}

	/**
	 * Of {@code ids}, those with at least one possible duplicate the caller may see: one query for a whole board
	 * (each case probes the nearby-open-cases index around its point, then the 24 h and the bounding box).
	 */
	Set<Long> withDuplicates(Caller caller, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Map.Entry<String, Map<String, Object>> visible = CaseVisibility.where(caller, departments.unitOf(caller));
		double dLat = RADIUS_METRES / METRES_PER_DEGREE;
		Set<Long> found = new HashSet<>();
		// the visibility rule's columns are unqualified: inside the exists they name v, the same row as o
		jdbc.sql("""
				select c.id, c.lat, c.lng, o.lat as olat, o.lng as olng
				from event_case c
				join event_case o on o.category_code = c.category_code and %1$s
				  and o.created_at >= c.created_at - interval '24 hours' and o.created_at <= c.created_at
				  and o.id <> c.id
				  and o.lat between c.lat - :dLat and c.lat + :dLat
				  and o.lng between c.lng - %3$s and c.lng + %3$s
				where c.id in (:ids) and c.lat is not null
				  and exists (select 1 from event_case v where v.id = o.id and (%2$s))""".formatted(
				NEARBY_OPEN.formatted("o.", "c.lat - :dLat", "c.lat + :dLat", "c.lng - " + D_LNG, "c.lng + " + D_LNG),
				visible.getKey(), D_LNG))
			.params(visible.getValue())
			.param("ids", ids)
			.param("dLat", dLat)
			.query((rs, i) -> {
				if (metres(rs.getDouble("lat"), rs.getDouble("lng"), rs.getDouble("olat"),
						rs.getDouble("olng")) <= RADIUS_METRES) {
					found.add(rs.getLong("id"));
				}
				return Boolean.TRUE;
			})
			.list();
		return found;
	}

	/** The cases merged into {@code survivorId}, oldest first. */
	List<Merged> mergedInto(long survivorId) {
		return jdbc.sql("select id, number from event_case where merged_into = :id order by id")
			.param("id", survivorId)
			.query((rs, i) -> new Merged(rs.getLong("id"), rs.getString("number")))
			.list();
	}

	/** Whether the account reported a case that was merged into {@code caseId} (they follow the survivor). */
	boolean follows(long accountId, long caseId) {
		return jdbc.sql("select exists (select 1 from event_case where merged_into = :id and reporter_account_id = :me)")
			.param("id", caseId)
			.param("me", accountId)
			.query(Boolean.class)
			.single();
	}

	/** {@link CaseVisibility}, widened to residents who follow the case through a merged report of theirs. */
	boolean sees(Caller caller, String unit, StoredCase stored) {
		return CaseVisibility.sees(caller, unit, stored)
				|| !caller.role().isStaff() && follows(caller.accountId(), stored.file().id().value());
	}

	void requireVisible(Caller caller, String unit, StoredCase stored) {
		if (!sees(caller, unit, stored)) {
			throw new CaseOutOfReachException(stored.file().id().value());
		}
	}

	/** Great-circle distance in metres (haversine). */
	static double metres(double lat1, double lng1, double lat2, double lng2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lng2 - lng1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
