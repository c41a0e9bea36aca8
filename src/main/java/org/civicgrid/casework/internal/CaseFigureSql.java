package org.civicgrid.casework.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.civicgrid.casework.CaseStatus;

/**
 * The SQL the figures' rollups (V1_3_60) share. A bucket is a grid and a report day in the calendar's zone
 * ({@code :zone}): the cases reported from that day's local midnight to the next. A bucket is dirty while a marker
 * of it is in {@code event_case_dirty}; its rollup rows may then be stale. The month rows and the grid counts are
 * sums of day rows, replaced with them, so a read takes a dirty bucket's (possibly stale) day row off whatever it
 * summed and counts the bucket's cases instead.
 */
final class CaseFigureSql {

	/** The count of each status, a column of every rollup: {@code reported}, …, {@code in_progress}, … */
	static final List<String> STATUSES = Arrays.stream(CaseStatus.values()).map(CaseFigureSql::column).toList();

	/** The rollups' columns after their key, in the tables' order. */
	static final List<String> COLUMNS = Stream.concat(STATUSES.stream(), Stream.of("closed_on_time", "assigned",
			"reworked", "extended", "handling_seconds", "timed", "rating_sum", "rated")).toList();

	/** {@link #COLUMNS} as a list in SQL. */
	static final String SUMS = String.join(", ", COLUMNS);

	/** How many of the event_case rows have each status, as the status columns. */
	static final String STATUS_COUNTS = Arrays.stream(CaseStatus.values())
		.map(status -> "count(*) filter (where status = '%s') as %s".formatted(status.name(), column(status)))
		.collect(Collectors.joining(", "));

	/**
	 * What event_case rows sum to, as the rollups' columns. An average is kept as a sum and a count: a sum of
	 * numeric seconds over a count divides to exactly what {@code avg} gives.
	 */
	static final String OF_CASES = STATUS_COUNTS + ",\n" + """
			count(*) filter (where status = 'CLOSED' and (deadline is null or clock_stopped_at <= deadline)) as closed_on_time,
			count(*) filter (where assignee_level is not null) as assigned,
			count(*) filter (where assignee_level is not null and rework_count > 0) as reworked,
			count(*) filter (where assignee_level is not null and extension_count > 0) as extended,
			coalesce(sum(extract(epoch from clock_stopped_at - stage_started_at)) filter (where %1$s), 0) as handling_seconds,
			count(*) filter (where %1$s) as timed,
			coalesce(sum(rating), 0) as rating_sum,
			count(rating) as rated""".formatted(
				"status = 'CLOSED' and stage_started_at is not null and clock_stopped_at is not null");

	/** The event_case columns the figures read (and the markers' trigger watches) and the caller's visibility. */
	static final String CASE_COLUMNS = "grid_code, status, created_at, assignee_level, assignee_unit, assignee_user,"
			+ " deadline, clock_stopped_at, stage_started_at, rework_count, extension_count, rating";

	/** Joined to the buckets ({@code bucket_grid}, {@code bucket_day}): the event_case rows of a bucket. */
	static final String IN_BUCKET = "grid_code = bucket_grid"
			+ " and created_at >= (bucket_day::timestamp at time zone :zone)"
			+ " and created_at < ((bucket_day + 1)::timestamp at time zone :zone)";

	/** Joined to the buckets: a rollup row of a bucket. */
	static final String ROW_IN_BUCKET = "grid_code = bucket_grid and day = bucket_day";

	private CaseFigureSql() {
	}

	/** The dirty buckets ({@code bucket_grid}, {@code bucket_day}) of the markers that match {@code where}. */
	static String dirtyBuckets(String where) {
		return "select distinct grid_code as bucket_grid, (created_at at time zone :zone)::date as bucket_day"
				+ " from event_case_dirty" + (where.isEmpty() ? "" : " where " + where);
	}

	/** A status's column: {@code in_progress} for IN_PROGRESS. */
	static String column(CaseStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

	/** Each status column through {@code column}, e.g. {@code s -> "sum(" + s + ") as " + s}. */
	static String statuses(UnaryOperator<String> column) {
		return STATUSES.stream().map(column).collect(Collectors.joining(", "));
	}

	/** Each rollup column through {@code column}. */
	static String columns(UnaryOperator<String> column) {
		return COLUMNS.stream().map(column).collect(Collectors.joining(", "));
	}
}
