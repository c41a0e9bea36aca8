package org.civicgrid.registry.internal;

import java.util.Map;

import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionLevel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Query parameters the registry's searches share. */
final class Queries {

	private Queries() {
	}

	/** A region code as a LIKE prefix pattern, null when blank; a malformed code is a 400 naming {@code region}. */
	static String regionPattern(String raw) {
		String code = Fields.code(raw);
		if (code == null) {
			return null;
		}
		if (RegionLevel.ofCode(code).isEmpty()) {
			throw InvalidInputException.of("region", "registry.person.region-format", code);
		}
		return code + "%";
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/**
	 * One page of a filtered list: the rows of {@code from} matching {@code where} counted, and the page's rows of
	 * {@code select + where + order}.
	 */
	static <T> Paged<T> page(JdbcClient jdbc, String from, String select, String where, String order,
			Map<String, Object> params, RowMapper<T> rows, PageRequest page) {
		long total = jdbc.sql("select count(*) from " + from + where).params(params).query(Long.class).single();
		var items = jdbc.sql(select + where + order + " limit :limit offset :offset").params(params)
			.param("limit", page.size()).param("offset", page.offset()).query(rows).list();
		return new Paged<>(items, page.page(), page.size(), total);
	}
}
