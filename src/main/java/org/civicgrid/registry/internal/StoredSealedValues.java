package org.civicgrid.registry.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every column of the registry that holds values sealed by the vault, read and rewritten in place for a key
 * rotation. The key id is read from the stored bytes themselves ({@code registry.vault.Sealed}: version, key id
 * length, key id), so no column beside them is needed. A new sealed column is added to {@link #COLUMNS}.
 */
@Repository
class StoredSealedValues {

	/** A sealed column and the primary key of its table (whole numbers). */
	record Column(String table, String column, List<String> key) {

		String name() {
			return table + "." + column;
		}

		private String keyList() {
			return String.join(", ", key);
		}
	}

	/** A stored value: its row's key and the sealed bytes. */
	record Value(long[] key, byte[] sealed) {
	}

	static final List<Column> COLUMNS = List.of(new Column("person", "id_number_sealed", List.of("id")),
			new Column("person", "phone_sealed", List.of("id")),
			new Column("organisation", "contact_phone_sealed", List.of("id")),
			new Column("import_reject", "cells_sealed", List.of("job_id", "row_number")));

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate named;

	StoredSealedValues(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	/** The key id inside a sealed value: bytes 3 … 2 + n, n being the second byte. */
	private static String keyIdOf(String column) {
		return "convert_from(substring(%1$s from 3 for get_byte(%1$s, 1)), 'SQL_ASCII')".formatted(column);
	}

	/** Key id → column name → how many values it seals, columns in {@link #COLUMNS} order. */
	Map<String, Map<String, Long>> countByKeyId() {
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		for (Column c : COLUMNS) {
			jdbc.sql("select %s as key_id, count(*) from %s where %s is not null group by 1"
				.formatted(keyIdOf(c.column()), c.table(), c.column()))
				.query(rs -> {
					counts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
						.put(c.name(), rs.getLong(2));
				});
		}
		return counts;
	}

	/** How many values are sealed under a key other than {@code activeKeyId}. */
	long countNotUnder(String activeKeyId) {
		long n = 0;
		for (Column c : COLUMNS) {
			n += jdbc.sql("select count(*) from %s where %s is not null and %s <> :active"
				.formatted(c.table(), c.column(), keyIdOf(c.column())))
				.param("active", activeKeyId).query(Long.class).single();
		}
		return n;
	}

	/** Up to {@code limit} values of the column under another key than the active one, after {@code after}. */
	List<Value> notUnder(Column c, String activeKeyId, long[] after, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("active", activeKeyId);
		params.put("limit", limit);
		String from = "";
		if (after != null) {
			from = " and (%s) > (%s)".formatted(c.keyList(), placeholders(c, "a"));
			params.putAll(values(c, "a", after));
		}
		return jdbc.sql("select %s, %s from %s where %s is not null and %s <> :active%s order by %s limit :limit"
			.formatted(c.keyList(), c.column(), c.table(), c.column(), keyIdOf(c.column()), from, c.keyList()))
			.params(params)
			.query((rs, i) -> {
				long[] key = new long[c.key().size()];
				for (int k = 0; k < key.length; k++) {
					key[k] = rs.getLong(k + 1);
				}
				return new Value(key, rs.getBytes(key.length + 1));
			}).list();
	}

	/**
	 * Writes each fresh value in place of its old one, but only where the stored bytes are still the old ones
	 * (a writer who changed the value meanwhile sealed it under the active key itself); returns how many were
	 * written. The row's version and update time stay: its content did not change.
	 */
	int replace(Column c, List<Value> old, List<byte[]> fresh) {
		if (old.isEmpty()) {
			return 0;
		}
		String sql = "update %s set %s = :fresh where (%s) = (%s) and %s = :old".formatted(c.table(), c.column(),
				c.keyList(), placeholders(c, "k"), c.column());
		MapSqlParameterSource[] batch = IntStream.range(0, old.size()).mapToObj(i -> {
			MapSqlParameterSource p = new MapSqlParameterSource(values(c, "k", old.get(i).key()));
			return p.addValue("fresh", fresh.get(i)).addValue("old", old.get(i).sealed());
		}).toArray(MapSqlParameterSource[]::new);
		return Arrays.stream(named.batchUpdate(sql, batch)).map(n -> n > 0 ? 1 : 0).sum();
	}

	private static String placeholders(Column c, String prefix) {
		return IntStream.range(0, c.key().size()).mapToObj(i -> ":" + prefix + i).collect(Collectors.joining(", "));
	}

	private static Map<String, Object> values(Column c, String prefix, long[] key) {
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < c.key().size(); i++) {
			params.put(prefix + i, key[i]);
		}
		return params;
	}
}
