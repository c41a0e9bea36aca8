package org.civicgrid.services.internal.requests;

import java.util.List;

import org.civicgrid.shared.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction (满意度) per hall, counter, item, staff member or grid worker, read off the one table of ratings in
 * the caller's scope: how many ratings, the average score, how many 好/中/差 and the share of 好.
 */
@Service
public class SatisfactionFigures {

	/** What the figures are grouped by, with the rating's column for it. */
	public enum By {
		HALL("hall", "hall"), COUNTER("counter", "coalesce(hall || ' · ', '') || counter"), ITEM("item_code",
				"item_code || ' ' || item_name"), STAFF("staff", "staff"), GRID_WORKER("grid_worker", "grid_worker");

		private final String key;
		private final String label;

		By(String key, String label) {
			this.key = key;
			this.label = label;
		}
	}

	/** One row: the hall (or counter, item, person), the number of ratings, the average and the grades. */
	public record Row(String key, String label, long ratings, double average, long good, long middle, long bad,
			int goodPercent) {
	}

	private final JdbcClient jdbc;

	SatisfactionFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Row> of(Caller caller, By by, int limit) {
		RequestService.requireStaff(caller);
		String key = by == By.COUNTER ? "coalesce(hall, '') || '|' || counter" : by.key;
		return jdbc.sql("select " + key + " as k, min(" + by.label + ") as label, count(*) as n, avg(score) as avg,"
				+ " count(*) filter (where score >= 4) as good, count(*) filter (where score = 3) as middle,"
				+ " count(*) filter (where score <= 2) as bad from service_rating"
				+ " where region_code like :scope and " + by.key + " is not null"
				+ " group by 1 order by count(*) desc, 1 limit :limit")
			.param("scope", caller.scope().likePattern()).param("limit", limit)
			.query((rs, n) -> {
				long count = rs.getLong("n");
				long good = rs.getLong("good");
				return new Row(rs.getString("k"), rs.getString("label"), count,
						Math.round(rs.getDouble("avg") * 100) / 100.0, good, rs.getLong("middle"), rs.getLong("bad"),
						(int) Math.round(100.0 * good / count));
			})
			.list();
	}
}
