package org.civicgrid.registry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.civicgrid.registry.vault.SealedColumn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every column of the registry that holds values sealed by the vault, read and rewritten in place for a key
 * rotation. The key id is read from the stored bytes themselves ({@code registry.vault.Sealed}: version, key id
 * length, key id), so no column beside them is needed. A new sealed column of the registry is added to
 * {@link #REGISTRY_COLUMNS}; another module's is a {@link SealedColumn} bean.
 */
@Repository
class StoredSealedValues {

	/** A stored value: its row's key and the sealed bytes. */
	record Value(long[] key, byte[] sealed) {
	}

	/** The registry's own sealed columns; other modules declare theirs as beans. */
	static final List<SealedColumn> REGISTRY_COLUMNS = List.of(
			new SealedColumn("person", "id_number_sealed", List.of("id")),
			new SealedColumn("person", "phone_sealed", List.of("id")),
			new SealedColumn("organisation", "contact_phone_sealed", List.of("id")),
			new SealedColumn("import_reject", "cells_sealed", List.of("job_id", "row_number")));

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate named;
	private final List<SealedColumn> columns;

	StoredSealedValues(JdbcClient jdbc, NamedParameterJdbcTemplate named, ObjectProvider<SealedColumn> contributed) {
		this.jdbc = jdbc;
		this.named = named;
		// a fixed order on every node: a run interrupted on one node resumes on another by the column's index
		List<SealedColumn> all = new ArrayList<>(REGISTRY_COLUMNS);
		contributed.stream().distinct().sorted(Comparator.comparing(SealedColumn::name)).forEach(all::add);
		this.columns = List.copyOf(all);
	}

	/** Every sealed column: the registry's, then those other modules declare, by name. */
	List<SealedColumn> columns() {
		return columns;
	}

	/** The key id inside a sealed value: bytes 3 … 2 + n, n being the second byte. */
	private static String keyIdOf(String column) {
		return "convert_from(substring(%1$s from 3 for get_byte(%1$s, 1)), 'SQL_ASCII')".formatted(column);
	}

	/** Key id → column name → how many values it seals, columns in {@link #columns()} order. */
	Map<String, Map<String, Long>> countByKeyId() {
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		for (SealedColumn c : columns) {
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
		for (SealedColumn c : columns) {
			n += jdbc.sql("select count(*) from %s where %s is not null and %s <> :active"
				.formatted(c.table(), c.column(), keyIdOf(c.column())))
				.param("active", activeKeyId).query(Long.class).single();
		}
		return n;
	}

	/** Up to {@code limit} values of the column under another key than the active one, after {@code after}. */
	List<Value> notUnder(SealedColumn c, String activeKeyId, long[] after, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("active", activeKeyId);
		params.put("limit", limit);
		String from = "";
		if (after != null) {
			from = " and (%s) > (%s)".formatted(keyList(c), placeholders(c, "a"));
			params.putAll(values(c, "a", after));
		}
		return jdbc.sql("select %s, %s from %s where %s is not null and %s <> :active%s order by %s limit :limit"
			.formatted(keyList(c), c.column(), c.table(), c.column(), keyIdOf(c.column()), from, keyList(c)))
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
	int replace(SealedColumn c, List<Value> old, List<byte[]> fresh) {
		if (old.isEmpty()) {
			return 0;
		}
		String sql = "update %s set %s = :fresh where (%s) = (%s) and %s = :old".formatted(c.table(), c.column(),
				keyList(c), placeholders(c, "k"), c.column());
		MapSqlParameterSource[] batch = IntStream.range(0, old.size()).mapToObj(i -> {
			MapSqlParameterSource p = new MapSqlParameterSource(values(c, "k", old.get(i).key()));
			return p.addValue("fresh", fresh.get(i)).addValue("old", old.get(i).sealed());
		}).toArray(MapSqlParameterSource[]::new);
		return Arrays.stream(named.batchUpdate(sql, batch)).map(n -> n > 0 ? 1 : 0).sum();
	}

	private static String keyList(SealedColumn c) {
		return String.join(", ", c.key());
	}

	private static String placeholders(SealedColumn c, String prefix) {
		return IntStream.range(0, c.key().size()).mapToObj(i -> ":" + prefix + i).collect(Collectors.joining(", "));
	}

	private static Map<String, Object> values(SealedColumn c, String prefix, long[] key) {
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < c.key().size(); i++) {
			params.put(prefix + i, key[i]);
		}
		return params;
	}
}
