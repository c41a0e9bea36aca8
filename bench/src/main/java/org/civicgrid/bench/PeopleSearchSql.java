package org.civicgrid.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The SQL of the app's people search, copied from {@code StoredPeople.search}, {@code PeopleCriteria} and
 * {@code NameKeys} with the named parameters written as {@code ?} in the order they appear: the rows the count
 * reads ({@code select 1 from person …}, a {@code union all} of one branch per street above a street), and the where
 * clause of the page. {@link #nameBefore} is the SQL before migration V1_4_30 (grams without the street, the grid
 * prefix beside them, LIKE on the trigram index from 3 characters), for {@code -Dbench.before=true}.
 */
final class PeopleSearchSql {

	static final int STREET_LENGTH = 9;

	/** {@code matches} is counted as {@code select count(*) from (matches limit 10001) c}. */
	record Search(String matches, List<String> matchParams, String where, List<String> whereParams, String label) {
	}

	/** PeopleCriteria with documentHashIn: the scope as {@code (grid_code || '') like}, the hashes in a list. */
	static Search id(String prefix, List<String> hashes) {
		String where = " where (grid_code || '') like ? and id_number_hash in ("
				+ String.join(", ", Collections.nCopies(hashes.size(), "?")) + ")";
		List<String> params = new ArrayList<>();
		params.add(escapeLike(prefix) + "%");
		params.addAll(hashes);
		return new Search("select 1 from person" + where, params, where, params, "id in scope " + prefix);
	}

	/**
	 * PeopleCriteria.nameContains: the keys {@code street:gram} of the streets under the prefix (one street from 9
	 * digits on, otherwise {@code streetsUnder}, as Regions.streetCodes answers), the grid prefix only below a
	 * street, every pair of a longer text and a LIKE recheck.
	 */
	static Search name(String text, String prefix, List<String> streetsUnder) {
		List<String> grams = grams(text);
		List<String> streets = prefix.length() >= STREET_LENGTH ? List.of(prefix.substring(0, STREET_LENGTH)) : streetsUnder;
		boolean recheck = text.codePointCount(0, text.length()) > 2;
		String label = "'" + text + "' in " + prefix;
		if (streets.size() == 1) {
			List<String> params = new ArrayList<>();
			String where = streetWhere(text, prefix, streets.get(0), grams, recheck, params);
			return new Search("select 1 from person" + where, params, where, params, label);
		}
		List<String> whereParams = new ArrayList<>();
		StringBuilder where = new StringBuilder(" where ").append(bound(prefix, whereParams));
		for (int g = 0; g < grams.size(); g++) {
			StringJoiner keys = new StringJoiner(", ", "cast(array[", "] as text[])");
			for (String street : streets) {
				keys.add("?");
				whereParams.add(street + ":" + grams.get(g));
			}
			where.append(" and name_grams && ").append(keys);
		}
		if (recheck) {
			where.append(" and name like ?");
			whereParams.add(like(text));
		}
		List<String> matchParams = new ArrayList<>();
		StringJoiner branches = new StringJoiner(" union all ");
		for (String street : streets) {
			branches.add("select 1 from person" + streetWhere(text, prefix, street, grams, recheck, matchParams));
		}
		return new Search(branches.toString(), matchParams, where.toString(), whereParams, label);
	}

	/** Before V1_4_30: grams without the street beside the grid prefix; LIKE (trigram index) from 3 characters. */
	static Search nameBefore(String text, String prefix) {
		boolean grams = text.codePointCount(0, text.length()) <= 2;
		String where = grams ? " where grid_code like ? and name_grams @> array[cast(? as text)]"
				: " where grid_code like ? and name like ?";
		List<String> params = List.of(prefix + "%", grams ? text : like(text));
		return new Search("select 1 from person" + where, params, where, params, "'" + text + "' in " + prefix);
	}

	private static String streetWhere(String text, String prefix, String street, List<String> grams, boolean recheck,
			List<String> params) {
		StringBuilder where = new StringBuilder(" where ").append(bound(prefix, params));
		StringJoiner keys = new StringJoiner(", ", " and name_grams @> cast(array[", "] as text[])");
		for (String gram : grams) {
			keys.add("?");
			params.add(street + ":" + gram);
		}
		where.append(keys);
		if (recheck) {
			where.append(" and name like ?");
			params.add(like(text));
		}
		return where.toString();
	}

	/** The keys imply the prefix down to a street; below it the grid prefix narrows them. */
	private static String bound(String prefix, List<String> params) {
		if (prefix.length() <= STREET_LENGTH) {
			return "true";
		}
		params.add(escapeLike(prefix) + "%");
		return "grid_code like ?";
	}

	/** NameKeys.of: the text itself up to 2 code points, otherwise its distinct pairs. */
	static List<String> grams(String text) {
		int[] cps = text.codePoints().toArray();
		if (cps.length <= 2) {
			return List.of(text);
		}
		Set<String> pairs = new LinkedHashSet<>();
		for (int i = 0; i + 1 < cps.length; i++) {
			pairs.add(new String(cps, i, 2));
		}
		return List.copyOf(pairs);
	}

	private static String like(String text) {
		return "%" + escapeLike(text) + "%";
	}

	static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private PeopleSearchSql() {
	}
}
