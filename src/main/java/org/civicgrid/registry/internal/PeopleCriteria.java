package org.civicgrid.registry.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search criteria as SQL: only the given ones become conditions, so each query the planner sees can use its
 * index (hash btree, tag GIN, name trigram GIN, grid prefix).
 */
final class PeopleCriteria {

	private final StringBuilder sql = new StringBuilder();
	private final Map<String, Object> params = new HashMap<>();
	private boolean exact;

	/**
	 * One or two characters are looked up among the characters and pairs in name_grams (trigrams cannot serve
	 * them); longer text by LIKE, which the trigram index serves.
	 */
	PeopleCriteria nameContains(String text) {
		if (text != null && text.codePointCount(0, text.length()) <= 2) {
			sql.append(" and name_grams @> array[cast(:name as text)]");
			params.put("name", text);
		}
		else if (text != null) {
			sql.append(" and name like :name");
			params.put("name", "%" + escapeLike(text) + "%");
		}
		return this;
	}

	PeopleCriteria documentHashIn(List<String> hashes) {
		if (hashes != null) {
			sql.append(" and id_number_hash in (:idHashes)");
			params.put("idHashes", hashes);
			exact = true;
		}
		return this;
	}

	PeopleCriteria phoneHash(String hash) {
		if (hash != null) {
			sql.append(" and phone_hash = :phoneHash");
			params.put("phoneHash", hash);
			exact = true;
		}
		return this;
	}

	PeopleCriteria tag(String tag) {
		if (tag != null) {
			sql.append(" and tags @> array[cast(:tag as text)]");
			params.put("tag", tag);
		}
		return this;
	}

	PeopleCriteria regionPrefix(String prefix) {
		if (prefix != null) {
			sql.append(" and grid_code like :region");
			params.put("region", escapeLike(prefix) + "%");
		}
		return this;
	}

	/** Whether an identifier hash narrows the search to a handful of rows, whatever the scope. */
	boolean exact() {
		return exact;
	}

	String sql() {
		return sql.toString();
	}

	Map<String, Object> params() {
		return params;
	}

	static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
