package org.civicgrid.casework.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases of a street no other test uses (410105598: four communities of three grids), written straight into
 * event_case as any writer's insert or update would be, each leaving its markers: random statuses, assignees
 * (grids, communities, the street, two departments, five people), clocks, rework, extensions and ratings, over the
 * last 80 days with some exactly at or just before a midnight.
 */
final class RandomCases {

	static final String STREET = "410105598";
	static final List<String> DEPARTMENTS = List.of("FIGA", "FIGB");
	static final List<String> USERS = List.of("t-fig-u1", "t-fig-u2", "t-fig-u3", "t-fig-u4", "t-fig-u5");

	private static final AtomicLong NUMBERS = new AtomicLong();

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final ZoneId zone;
	private final LocalDate today;

	RandomCases(DataSource dataSource, JdbcClient jdbc, ZoneId zone, LocalDate today) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.zone = zone;
		this.today = today;
	}

	/** Cases straight into event_case, as any writer's insert, each leaving its marker. */
	List<Long> report(SplittableRandom random, int count) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
				insert into event_case (number, category_code, time_limit, grid_code, status, assignee_level,
				    assignee_unit, assignee_user, reporter_username, channel, description, stage_started_at,
				    clock_stopped_at, deadline, rework_count, extension_count, rating, created_at, updated_at)
				values (?, 'E0102', '4wh', ?, ?, ?, ?, ?, 't-fig', 'PATROL', '图表性质测试', ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")) {
			for (int n = 0; n < count; n++) {
				String grid = STREET + "%03d%03d".formatted(1 + random.nextInt(4), 1 + random.nextInt(3));
				Instant created = reportedAt(random);
				AssigneeLevel level = random.nextInt(10) < 3 ? null
						: AssigneeLevel.values()[random.nextInt(AssigneeLevel.values().length)];
				Instant started = random.nextInt(5) == 0 ? null : created.plusSeconds(random.nextLong(172_800));
				Instant stopped = random.nextInt(5) < 2 ? null
						: (started != null ? started : created).plusSeconds(random.nextLong(345_600)).plusNanos(
								1000L * random.nextInt(1_000_000));
				s.setString(1, "TF%09d".formatted(NUMBERS.incrementAndGet()));
				s.setString(2, grid);
				s.setString(3, CaseStatus.values()[random.nextInt(CaseStatus.values().length)].name());
				s.setString(4, level == null ? null : level.name());
				s.setString(5, level == null ? null : unitAt(random, level, grid));
				s.setString(6, level == null || random.nextBoolean() ? null : USERS.get(random.nextInt(USERS.size())));
				s.setTimestamp(7, timestamp(started));
				s.setTimestamp(8, timestamp(stopped));
				s.setTimestamp(9, random.nextInt(10) < 3 ? null
						: timestamp((started != null ? started : created).plusSeconds(3600L * (4 + random.nextInt(68)))));
				s.setInt(10, random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0);
				s.setInt(11, random.nextInt(7) == 0 ? 1 : 0);
				s.setObject(12, random.nextBoolean() ? null : 1 + random.nextInt(5), Types.SMALLINT);
				s.setTimestamp(13, timestamp(created));
				s.setTimestamp(14, timestamp(created));
				try (var rs = s.executeQuery()) {
					rs.next();
					ids.add(rs.getLong(1));
				}
			}
		}
		return ids;
	}

	/** Over the last 80 days; one case in ten exactly at a midnight, one in twenty just before one. */
	private Instant reportedAt(SplittableRandom random) {
		Instant midnight = today.minusDays(random.nextInt(80)).atStartOfDay(zone).toInstant();
		return switch (random.nextInt(20)) {
			case 0, 1 -> midnight;
			case 2 -> midnight.minusNanos(1000);
			default -> midnight.plusSeconds(random.nextInt(86_400));
		};
	}

	private static String unitAt(SplittableRandom random, AssigneeLevel level, String grid) {
		return switch (level) {
			case GRID -> grid;
			case COMMUNITY -> grid.substring(0, 12);
			case STREET -> STREET;
			case DEPARTMENT, DISTRICT -> DEPARTMENTS.get(random.nextInt(5) < 3 ? 0 : 1);
		};
	}

	/**
	 * One case in {@code oneIn} moved on: a status, an assignee, a rating, a stopped clock, rework; a few moved to
	 * another grid or day, or deleted; some touched where the figures do not look (no marker).
	 */
	void change(SplittableRandom random, List<Long> ids, int oneIn) {
		for (long id : ids) {
			if (random.nextInt(oneIn) != 0) {
				continue;
			}
			var update = switch (random.nextInt(10)) {
				case 0, 1 -> jdbc.sql("update event_case set status = :v where id = :id")
					.param("v", CaseStatus.values()[random.nextInt(CaseStatus.values().length)].name());
				case 2 -> jdbc.sql("update event_case set assignee_level = 'DEPARTMENT', assignee_unit = :v, assignee_user = :u where id = :id")
					.param("v", DEPARTMENTS.get(random.nextInt(2))).param("u", USERS.get(random.nextInt(USERS.size())));
				case 3 -> jdbc.sql("update event_case set assignee_level = null, assignee_unit = null, assignee_user = null where id = :id");
				case 4 -> jdbc.sql("update event_case set rating = :v where id = :id").param("v", 1 + random.nextInt(5));
				case 5 -> jdbc.sql("update event_case set status = 'CLOSED', clock_stopped_at = coalesce(stage_started_at, created_at) + interval '5 hours' where id = :id");
				case 6 -> jdbc.sql("update event_case set rework_count = rework_count + 1, extension_count = 1 where id = :id");
				case 7 -> jdbc.sql("update event_case set grid_code = :v where id = :id")
					.param("v", STREET + "%03d%03d".formatted(1 + random.nextInt(4), 1 + random.nextInt(3)));
				case 8 -> jdbc.sql("update event_case set created_at = created_at - make_interval(days => :v) where id = :id")
					.param("v", 1 + random.nextInt(10));
				default -> random.nextBoolean() ? jdbc.sql("delete from event_case where id = :id")
						: jdbc.sql("update event_case set description = '只改描述', colour = 'RED' where id = :id");
			};
			update.param("id", id).update();
		}
	}

	private static Timestamp timestamp(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}
}
