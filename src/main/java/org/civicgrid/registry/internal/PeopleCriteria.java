package org.civicgrid.registry.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import org.civicgrid.shared.RegionScope;

/**
 * The search criteria as SQL: only the given ones become conditions, so each query the planner sees can use its
 * index (hash btree, tag GIN, name keys GIN, grid prefix).
 *
 * <p>The region bound is the narrower of the caller's scope and the region asked for. A name search carries it in
 * its keys ({@link NameKeys}: the keys of the streets under the bound), so it adds the grid prefix only below a
 * street; a prefix the keys already imply would only tempt the planner into AND-ing the big grid-prefix bitmap.
 */
final class PeopleCriteria {

	private final String within;
	private final StringBuilder sql = new StringBuilder();
	private final Map<String, Object> params = new HashMap<>();
	private boolean exact;
	private NameKeys name;
	private List<String> streets = List.of();

	private PeopleCriteria(String within) {
		this.within = within;
		if (within != null) {
			params.put("within", escapeLike(within) + "%");
		}
	}

	/** People in the caller's scope and, when {@code region} is given, in that region too. */
	static PeopleCriteria within(RegionScope scope, String region) {
		String prefix = scope.prefix();
		if (prefix != null && region != null) {
			prefix = region.startsWith(prefix) ? region : prefix.startsWith(region) ? prefix : null;
		}
		return new PeopleCriteria(prefix);
	}

	/**
	 * The name contains {@code text}. Above a street (a district's staff or leaders) the keys are those of every
	 * street {@code streetsUnder} names for the bound.
	 */
	PeopleCriteria nameContains(String text, Function<String, List<String>> streetsUnder) {
		if (text != null && within != null) {
			name = NameKeys.of(text);
			streets = within.length() >= NameKeys.STREET_LENGTH ? List.of(within.substring(0, NameKeys.STREET_LENGTH))
					: List.copyOf(streetsUnder.apply(within));
			for (int s = 0; s < streets.size(); s++) {
				for (int g = 0; g < name.grams().size(); g++) {
					params.put(key(s, g), name.key(streets.get(s), g));
				}
			}
			if (name.needsRecheck()) {
				params.put("name", "%" + escapeLike(text) + "%");
			}
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

	/** {@code " where …"}: every criterion, for the page and the export. */
	String where() {
		if (name == null || streets.size() <= 1) {
			return where(0);
		}
		StringBuilder anyStreet = new StringBuilder();
		for (int g = 0; g < name.grams().size(); g++) {
			StringJoiner keys = new StringJoiner(", ", "cast(array[", "] as text[])");
			for (int s = 0; s < streets.size(); s++) {
				keys.add(":" + key(s, g));
			}
			anyStreet.append(g == 0 ? "" : " and ").append("name_grams && ").append(keys);
		}
		return " where " + bound() + sql + " and " + anyStreet + recheck();
	}

	/**
	 * A query selecting 1 per match. With several streets it is one branch per street (union all; a person's keys
	 * are of one street, so no one is counted twice): a capped count reads the streets' postings one after another
	 * and stops at the cap, where {@code &&} over all the streets' keys would first merge them all (王 in a district:
	 * about 158,000 entries).
	 */
	String matches() {
		if (name == null || streets.size() <= 1) {
			return "select 1 from person" + where();
		}
		StringJoiner branches = new StringJoiner(" union all ");
		for (int s = 0; s < streets.size(); s++) {
			branches.add("select 1 from person" + where(s));
		}
		return branches.toString();
	}

	Map<String, Object> params() {
		return params;
	}

	/** The criteria with the name keys of one street. */
	private String where(int street) {
		String keys = "";
		if (name != null) {
			if (streets.isEmpty()) {
				return " where false";
			}
			StringJoiner all = new StringJoiner(", ", " and name_grams @> cast(array[", "] as text[])");
			for (int g = 0; g < name.grams().size(); g++) {
				all.add(":" + key(street, g));
			}
			keys = all.toString();
		}
		return " where " + bound() + sql + keys + recheck();
	}

	/**
	 * The region bound. With an identifier hash the hash index finds the few rows, and the scope prefix must not
	 * tempt the planner into walking a whole grid instead (it estimates one row per grid prefix; bench: 12 ms p95
	 * against 0.1 ms). Name keys bound a search to their streets already.
	 */
	private String bound() {
		if (within == null) {
			return "false";
		}
		if (exact) {
			return "(grid_code || '') like :within";
		}
		if (name != null && within.length() <= NameKeys.STREET_LENGTH) {
			return "true";
		}
		return "grid_code like :within";
	}

	private String recheck() {
		return name != null && name.needsRecheck() ? " and name like :name" : "";
	}

	private static String key(int street, int gram) {
		return "k" + street + "_" + gram;
	}

	static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
