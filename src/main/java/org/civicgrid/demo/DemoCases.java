package org.civicgrid.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.civicgrid.casework.CaseStatus;
import org.postgresql.PGConnection;

/**
 * Generates cases at district scale for benchmarks, straight into {@code event_case} with COPY: a year of reports
 * spread evenly over the given grids, most closed (as in a working street office), a few percent open, with
 * deadlines, colours, rework, extensions and ratings in plausible shares. A case dispatched to its grid names the
 * grid's worker; half of those dispatched to a department name one of its two handlers. Deterministic for a seed.
 * Never part of the normal start: only benchmarks call it, on a database of their own.
 */
public final class DemoCases {

	static final int BATCH = 50_000;
	static final String[] CATEGORIES = { "E0101", "E0102", "E0103", "E0104", "E0105", "E0201", "E0501", "E0601",
			"E0701", "E1001", "E1101", "C0101" };
	static final String[] DEPARTMENTS = { "CGZF", "HWZX", "ZJJ", "SCJG", "STHJ", "YJGL" };
	private static final DateTimeFormatter TS = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

	private DemoCases() {
	}

	/**
	 * Writes {@code count} cases reported in the 365 days before {@code end} over {@code grids}; answers how many.
	 * The numbers are {@code SB} and a running number, apart from the app's {@code SJ} numbers.
	 */
	public static long generate(DataSource dataSource, List<String> grids, long count, long seed, Instant end)
			throws SQLException, IOException {
		SplittableRandom random = new SplittableRandom(seed);
		Instant start = end.minus(Duration.ofDays(365));
		long span = Duration.between(start, end).getSeconds();
		try (Connection connection = dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			String sql = "copy event_case (number, category_code, time_limit, grid_code, status, assignee_level,"
					+ " assignee_unit, assignee_user, reporter_username, channel, description, stage_started_at,"
					+ " clock_stopped_at, deadline, yellow_at, rework_count, extension_count, rating, created_at, updated_at)"
					+ " from stdin with (format csv)";
			StringBuilder batch = new StringBuilder(BATCH * 220);
			for (long n = 1; n <= count; n++) {
				row(batch, n, random, grids, start.plusSeconds(random.nextLong(span)), end);
				if (n % BATCH == 0 || n == count) {
					copy.copyIn(sql, new StringReader(batch.toString()));
					batch.setLength(0);
				}
			}
		}
		return count;
	}

	private static void row(StringBuilder out, long n, SplittableRandom r, List<String> grids, Instant created,
			Instant end) {
		String grid = grids.get(r.nextInt(grids.size()));
		CaseStatus status = status(r.nextInt(1000), created, end);
		boolean dispatched = switch (status) {
			case DISPATCHED, IN_PROGRESS, HANDLED, CLOSED -> true;
			default -> false;
		};
		boolean reported = status == CaseStatus.REPORTED; // its stage is the 15 minutes to answer the report
		boolean department = dispatched && r.nextInt(10) == 0;
		String unit = !dispatched ? "" : department ? DEPARTMENTS[r.nextInt(DEPARTMENTS.length)] : grid;
		String user = !dispatched ? "" : !department ? "w" + grid : r.nextBoolean() ? "" : unit + "-" + r.nextInt(2);
		Instant stage = created.plusSeconds(600 + r.nextInt(7200));
		long limitHours = 4 + r.nextInt(44);
		Instant deadline = stage.plusSeconds(limitHours * 3600);
		Instant yellow = stage.plusSeconds(limitHours * 2880);
		boolean stopped = status == CaseStatus.HANDLED || status == CaseStatus.CLOSED;
		Instant handled = stage.plusSeconds(1800 + r.nextLong(limitHours * 4200));
		boolean rated = status == CaseStatus.CLOSED && r.nextInt(10) < 6;
		out.append("SB").append(String.format("%09d", n)).append(',')
			.append(CATEGORIES[r.nextInt(CATEGORIES.length)]).append(",4wh,").append(grid).append(',')
			.append(status.name()).append(',')
			.append(dispatched ? (department ? "DEPARTMENT" : "GRID") : "").append(',')
			.append(unit).append(',')
			.append(user).append(',')
			.append("demo,PATROL,批量演示案件,")
			.append(dispatched ? TS.format(stage) : "").append(',')
			.append(stopped ? TS.format(handled) : "").append(',')
			.append(dispatched ? TS.format(deadline) : reported ? TS.format(created.plusSeconds(900)) : "").append(',')
			.append(dispatched ? TS.format(yellow) : reported ? TS.format(created.plusSeconds(720)) : "").append(',')
			.append(dispatched && r.nextInt(20) == 0 ? 1 : 0).append(',')
			.append(dispatched && r.nextInt(33) == 0 ? 1 : 0).append(',')
			.append(rated ? String.valueOf(1 + Math.min(4, r.nextInt(6))) : "").append(',')
			.append(TS.format(created)).append(',')
			.append(TS.format(stopped ? handled : created)).append('\n');
	}

	/** Most cases of the year are closed; the last weeks' cases are still in the loop more often. */
	private static CaseStatus status(int permille, Instant created, Instant end) {
		boolean recent = Duration.between(created, end).toDays() < 14;
		int open = recent ? 400 : 20;
		if (permille < open) {
			CaseStatus[] states = { CaseStatus.REPORTED, CaseStatus.VERIFIED, CaseStatus.FILED, CaseStatus.DISPATCHED,
					CaseStatus.IN_PROGRESS, CaseStatus.IN_PROGRESS, CaseStatus.HANDLED, CaseStatus.DEFERRED };
			CaseStatus state = states[permille % states.length];
			// a report stays unanswered for hours, not days: older ones have been verified
			return state == CaseStatus.REPORTED && Duration.between(created, end).toHours() > 6 ? CaseStatus.VERIFIED
					: state;
		}
		if (permille < open + 20) {
			return CaseStatus.DISMISSED;
		}
		if (permille < open + 30) {
			return CaseStatus.MERGED;
		}
		return CaseStatus.CLOSED;
	}
}
