package org.civicgrid.casework.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.internal.IndicatorQuery.GroupBy;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The board's counts and the indicators counted one case at a time in Java, from the definitions of
 * {@link org.civicgrid.casework.internal.IndicatorRow} and {@link CaseVisibility}, over rows read in the caller's snapshot:
 * what the figures must equal, whatever state their rollups are in.
 */
final class CaseFigureOracle {

	record Row(String grid, CaseStatus status, Instant created, String level, String unit, String user,
			Instant started, Instant stopped, Instant deadline, int rework, int extensions, Integer rating) {
	}

	private static final Set<CaseStatus> NOT_FILED = Set.of(CaseStatus.REPORTED, CaseStatus.VERIFIED,
			CaseStatus.DISMISSED, CaseStatus.MERGED);

	private final List<Row> rows;
	private final ZoneId zone;

	private CaseFigureOracle(List<Row> rows, ZoneId zone) {
		this.rows = rows;
		this.zone = zone;
	}

	/** Every case of the district, and every case of the departments named. */
	static CaseFigureOracle read(JdbcClient jdbc, ZoneId zone, List<String> departments) {
		return new CaseFigureOracle(jdbc.sql("""
				select grid_code, status, created_at, assignee_level, assignee_unit, assignee_user, stage_started_at,
				       clock_stopped_at, deadline, rework_count, extension_count, rating
				from event_case where grid_code like '410105%' or assignee_unit in (:departments)""")
			.param("departments", departments)
			.query((rs, i) -> row(rs))
			.list(), zone);
	}

	Map<CaseStatus, Long> byStatus(Caller caller, String unit) {
		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		for (CaseStatus status : CaseStatus.values()) {
			counts.put(status, rows.stream().filter(r -> r.status == status && sees(caller, unit, r)).count());
		}
		return counts;
	}

	/** Keyed by group, the total under "total", as {@link IndicatorFigures#count} answers. */
	Map<String, IndicatorFigures.Counts> indicators(Caller caller, String unit, String region, LocalDate from,
			LocalDate to, GroupBy groupBy, int groupLength) {
		Map<String, Sums> groups = new LinkedHashMap<>();
		Sums total = new Sums();
		for (Row r : rows) {
			LocalDate day = r.created.atZone(zone).toLocalDate();
			boolean grouped = switch (groupBy) {
				case REGION -> true;
				case DEPARTMENT -> "DEPARTMENT".equals(r.level);
				case PERSON -> r.user != null;
			};
			if (sees(caller, unit, r) && (region == null || r.grid.startsWith(region)) && grouped
					&& !day.isBefore(from) && !day.isAfter(to)) {
				String key = switch (groupBy) {
					case REGION -> r.grid.substring(0, groupLength);
					case DEPARTMENT -> r.unit;
					case PERSON -> r.user;
				};
				groups.computeIfAbsent(key, k -> new Sums()).add(r);
				total.add(r);
			}
		}
		Map<String, IndicatorFigures.Counts> counts = new LinkedHashMap<>();
		groups.forEach((key, sums) -> counts.put(key, sums.counts(key)));
		counts.put("total", total.counts(null));
		return counts;
	}

	private static boolean sees(Caller caller, String unit, Row r) {
		if (caller.hasRole(Role.DEPARTMENT_HANDLER)) {
			return unit.equals(r.unit) && ("DEPARTMENT".equals(r.level) || "DISTRICT".equals(r.level));
		}
		return r.grid.startsWith(caller.regionCode());
	}

	private static final class Sums {

		long filed, closed, closedOnTime, deferred, dispatched, reworked, extended, timed, ratingSum, rated;
		BigDecimal handlingMicros = BigDecimal.ZERO;

		void add(Row r) {
			boolean isClosed = r.status == CaseStatus.CLOSED;
			filed += NOT_FILED.contains(r.status) ? 0 : 1;
			closed += isClosed ? 1 : 0;
			closedOnTime += isClosed && (r.deadline == null || (r.stopped != null && !r.stopped.isAfter(r.deadline)))
					? 1 : 0;
			deferred += r.status == CaseStatus.DEFERRED ? 1 : 0;
			if (r.level != null) {
				dispatched++;
				reworked += r.rework > 0 ? 1 : 0;
				extended += r.extensions > 0 ? 1 : 0;
			}
			if (isClosed && r.started != null && r.stopped != null) {
				timed++;
				handlingMicros = handlingMicros.add(BigDecimal.valueOf(ChronoUnit.MICROS.between(r.started, r.stopped)));
			}
			if (r.rating != null) {
				rated++;
				ratingSum += r.rating;
			}
		}

		IndicatorFigures.Counts counts(String key) {
			Double handling = timed == 0 ? null
					: handlingMicros.divide(BigDecimal.valueOf(timed * 1_000_000L), MathContext.DECIMAL64).doubleValue();
			Double satisfaction = rated == 0 ? null : (double) ratingSum / rated;
			return new IndicatorFigures.Counts(key, filed, closed, closedOnTime, deferred, dispatched, reworked,
					extended, handling, satisfaction, rated);
		}
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getString("grid_code"), CaseStatus.valueOf(rs.getString("status")), instant(rs, "created_at"),
				rs.getString("assignee_level"), rs.getString("assignee_unit"), rs.getString("assignee_user"),
				instant(rs, "stage_started_at"), instant(rs, "clock_stopped_at"), instant(rs, "deadline"),
				rs.getInt("rework_count"), rs.getInt("extension_count"),
				rs.getObject("rating") == null ? null : rs.getInt("rating"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
