package org.civicgrid.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whitelist of one list's sortable fields, each mapped to the SQL expressions it orders by: the only way a
 * {@link Sort} reaches an {@code order by}. The fallback order (the list's own, when nothing is asked for) and a
 * unique tie-break keep paging stable ({@code CaseQuery.SORTS} is an example).
 * <p>
 * The API asks {@link #orderBy} for a sort a caller sent (an unknown field is a 400 naming {@code sort}); a page asks
 * {@link #known} first, so an unknown field there falls back to the list's own order.
 */
public final class SortColumns {

	private final String fallback;
	private final Map<String, List<String>> fields;
	private final String tieBreak;

	private SortColumns(String fallback, Map<String, List<String>> fields, String tieBreak) {
		this.fallback = fallback;
		this.fields = fields;
		this.tieBreak = tieBreak;
	}

	/** The list's own order, a whole {@code order by} clause with its leading space, for when no sort is asked for. */
	public static SortColumns byDefault(String orderBy) {
		return new SortColumns(orderBy, Map.of(), null);
	}

	/** One more sortable field: its wire name and the SQL expressions it orders by, in the sort's direction. */
	public SortColumns field(String name, String... columns) {
		Map<String, List<String>> more = new LinkedHashMap<>(fields);
		more.put(name, List.of(columns));
		return new SortColumns(fallback, more, tieBreak);
	}

	/** The unique column that orders equal values (ascending), so a page never repeats or skips a row. */
	public SortColumns tieBreak(String column) {
		return new SortColumns(fallback, fields, column);
	}

	public Set<String> fields() {
		return fields.keySet();
	}

	/** The sort if the list knows its field, else null (the list's own order): what a page shows. */
	public Sort known(Sort sort) {
		return sort != null && fields.containsKey(sort.field()) ? sort : null;
	}

	/** {@link #known} of a raw parameter; malformed is unknown. */
	public Sort known(String raw) {
		return known(Sort.parseOrNull(raw));
	}

	/** The {@code order by} clause of the sort, or the list's own for null; an unknown field: a 400 naming sort. */
	public String orderBy(Sort sort) {
		if (sort == null) {
			return fallback;
		}
		List<String> columns = fields.get(sort.field());
		if (columns == null) {
			throw InvalidInputException.of("sort", "validation.sort", sort.field(), String.join(", ", fields.keySet()));
		}
		StringBuilder order = new StringBuilder(" order by ");
		for (String column : columns) {
			order.append(column).append(' ').append(sort.sql()).append(", ");
		}
		return order.append(tieBreak).append(' ').append(sort.sql()).toString();
	}
}
