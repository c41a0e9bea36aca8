package org.civicgrid.services.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Searches of the published catalog: every word a substring of the item's search text (name, conditions, material
 * names, lower case) or, for Latin letters, of the name's pinyin initials; names that match come first, then code
 * order. A catalog holds a few hundred items, so a scan of the published versions is the plan (docs/benchmarks.md).
 */
@Repository
class CatalogQueries {

	private static final String PUBLISHED = """
			from service_item i join service_item_version v on v.code = i.code and v.version = i.published_version""";

	private final JdbcClient jdbc;

	CatalogQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Paged<ItemSummary> search(CatalogQuery query) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new java.util.HashMap<>();
		if (query.category() != null) {
			where.append(" and v.category = :category");
			params.put("category", query.category().name());
		}
		if (query.event() != null) {
			where.append(" and :event = any(v.life_events)");
			params.put("event", query.event().name());
		}
		List<String> terms = query.terms();
		for (int i = 0; i < terms.size(); i++) {
			String term = terms.get(i);
			String name = "t" + i;
			where.append(" and (v.search_text like :").append(name).append(" escape '\\'");
			if (term.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
				where.append(" or v.initials like :").append(name);
			}
			where.append(')');
			params.put(name, "%" + escaped(term) + "%");
		}
		String order = terms.isEmpty() ? " order by v.code"
				: " order by (lower(v.name) like :t0 escape '\\' or v.initials like :t0) desc, v.code";
		long total = jdbc.sql("select count(*) " + PUBLISHED + where).params(params).query(Long.class).single();
		List<ItemSummary> items = total == 0 ? List.of()
				: jdbc.sql("""
						select v.code, v.name, v.category, v.level, v.time_limit_days, v.bookable, v.agency, v.at_home,
						    v.life_events, v.version """ + " " + PUBLISHED + where + order + " limit :limit offset :offset")
					.params(params)
					.param("limit", query.page().size())
					.param("offset", query.page().offset())
					.query(CatalogQueries::summary)
					.list();
		return new Paged<>(items, query.page().page(), query.page().size(), total);
	}

	/** How many published items each category holds, in category order, zeros included. */
	Map<ServiceCategory, Long> countsByCategory() {
		Map<ServiceCategory, Long> counts = new EnumMap<>(ServiceCategory.class);
		for (ServiceCategory c : ServiceCategory.values()) {
			counts.put(c, 0L);
		}
		jdbc.sql("select v.category, count(*) " + PUBLISHED + " group by v.category")
			.query((rs, n) -> counts.put(ServiceCategory.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	long publishedCount() {
		return jdbc.sql("select count(*) from service_item where published_version is not null").query(Long.class)
			.single();
	}

	private static ItemSummary summary(ResultSet rs, int row) throws SQLException {
		List<LifeEvent> events = new ArrayList<>();
		for (String e : StoredItems.strings(rs.getArray("life_events"))) {
			events.add(LifeEvent.valueOf(e));
		}
		return new ItemSummary(rs.getString("code"), rs.getString("name"),
				ServiceCategory.valueOf(rs.getString("category")), ServiceLevel.valueOf(rs.getString("level")),
				rs.getInt("time_limit_days"), rs.getBoolean("bookable"), rs.getBoolean("agency"),
				rs.getBoolean("at_home"), events, rs.getInt("version"));
	}

	/** A word as a LIKE pattern's literal part: backslash, % and _ escaped. */
	static String escaped(String term) {
		return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
