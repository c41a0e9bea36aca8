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
 * ({@code :zone}): the cases reported from that day's local midnight to the next. The day rows hold what the job
 * last counted of each bucket, the month rows and the grid counts sum them; {@code event_case_dirty} holds the
 * changes since, each case as it was (sign -1) and as it is (+1). Rollups plus changes are what counting the cases
 * gives, in any snapshot.
 */
final class CaseFigureSql {

	/** The count of each status, a column of every rollup: {@code reported}, …, {@code in_progress}, … */
	static final List<String> STATUSES = Arrays.stream(CaseStatus.values()).map(CaseFigureSql::column).toList();

	/** The rollups' columns after their key, in the tables' order. */
	static final List<String> COLUMNS = Stream.concat(STATUSES.stream(), Stream.of("closed_on_time", "assigned",
			"reworked", "extended", "handling_seconds", "timed", "rating_sum", "rated")).toList();

	/** {@link #COLUMNS} as a list in SQL. */
	static final String SUMS = String.join(", ", COLUMNS);

	/** The weight of a row of event_case in {@link #sums}; a change weighs its {@code sign}. */
	static final String ONE = "1";

	/** Joined to the buckets ({@code bucket_grid}, {@code bucket_day}): the event_case rows of a bucket. */
	static final String IN_BUCKET = "grid_code = bucket_grid"
			+ " and created_at >= (bucket_day::timestamp at time zone :zone)"
			+ " and created_at < ((bucket_day + 1)::timestamp at time zone :zone)";

	/**
	 * The bucket day of a row's created_at: its local date, unless the zone turned its clocks back across that
	 * midnight and PostgreSQL put the midnight after it; then the day {@link #IN_BUCKET} counts it in.
	 */
	static final String BUCKET_DAY = """
			case when created_at < (cast(created_at at time zone :zone as date)::timestamp at time zone :zone)
			     then cast(created_at at time zone :zone as date) - 1
			     when created_at >= ((cast(created_at at time zone :zone as date) + 1)::timestamp at time zone :zone)
			     then cast(created_at at time zone :zone as date) + 1
			     else cast(created_at at time zone :zone as date) end""";

	/** The report days from {@code :from} to {@code :to}, both included, as a condition on created_at. */
	static final String REPORTED_IN_PERIOD = "created_at >= (cast(:from as date)::timestamp at time zone :zone)"
			+ " and created_at < ((cast(:to as date) + 1)::timestamp at time zone :zone)";

	private static final String TIMED = "status = 'CLOSED' and stage_started_at is not null and clock_stopped_at is not null";

	private CaseFigureSql() {
	}

	/**
	 * What rows of event_case (weight {@link #ONE}) or of changes (weight {@code sign}) sum to, as the rollups'
	 * columns. An average is kept as a sum and a count: numeric seconds summed and divided by the count give exactly
	 * what {@code avg} gives.
	 */
	static String sums(String weight) {
		return statusSums(weight) + ",\n" + String.join(",\n",
				counted(weight, "status = 'CLOSED' and (deadline is null or clock_stopped_at <= deadline)",
						"closed_on_time"),
				counted(weight, "assignee_level is not null", "assigned"),
				counted(weight, "assignee_level is not null and rework_count > 0", "reworked"),
				counted(weight, "assignee_level is not null and extension_count > 0", "extended"),
				"coalesce(sum(%s * extract(epoch from clock_stopped_at - stage_started_at)) filter (where %s), 0)"
					.formatted(weight, TIMED) + " as handling_seconds",
				counted(weight, TIMED, "timed"),
				"coalesce(sum(%s * rating), 0) as rating_sum".formatted(weight),
				counted(weight, "rating is not null", "rated"));
	}

	/** The statuses only, as {@link #sums}. */
	static String statusSums(String weight) {
		return Arrays.stream(CaseStatus.values())
			.map(status -> counted(weight, "status = '" + status.name() + "'", column(status)))
			.collect(Collectors.joining(", "));
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

	private static String counted(String weight, String condition, String as) {
		return ONE.equals(weight) ? "count(*) filter (where %s) as %s".formatted(condition, as)
				: "coalesce(sum(%s) filter (where %s), 0) as %s".formatted(weight, condition, as);
	}
}
