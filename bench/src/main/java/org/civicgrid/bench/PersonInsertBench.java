package org.civicgrid.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.civicgrid.demo.DemoDistrict;
import org.civicgrid.demo.DemoScale;
import org.civicgrid.registry.vault.PersonalDataVault;
import org.civicgrid.registry.vault.Sealed;
import org.flywaydb.core.Flyway;

/**
 * The database's share of a person import, with the indexes of today's schema and of the schema before street name
 * keys (V1_4_30: name grams without the street plus the trigram index), alternating in one embedded PostgreSQL
 * with the app's settings (fsync on), each run into a fresh database: N generated people (PeopleSearchBench's names
 * and district grids) in batches of 1,000, each batch {@code PersonBatches}' own {@code insert … select from unnest}
 * and one commit. Sealing happens before the clock starts.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.civicgrid.bench.PersonInsertBench [people=300000] [rounds=4]
 * </pre>
 */
public final class PersonInsertBench {

	static final int BATCH = 1_000;

	/** The import's own statement, read from PersonBatches (package-private in the app), so the two cannot drift. */
	static final String INSERT = appInsert();

	static final String[] TYPES = { "bigint", "text", "text", "bytea", "text", "bytea", "text", "text", "text", "text",
			"text", "text", "text", "text", "text", "text", "text", "text", "text", "text" };

	public static void main(String[] args) throws Exception {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		int people = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 300_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
		List<Object[][]> batches = batches(people);
		Path data = Files.createTempDirectory("person-insert-pg");
		EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
			.setServerConfig("shared_buffers", "128MB").setServerConfig("fsync", "on").start();
		try {
			for (int round = 1; round <= rounds; round++) {
				for (boolean before : round % 2 == 1 ? new boolean[] { true, false } : new boolean[] { false, true }) {
					String db = "round" + round + (before ? "_before" : "_now");
					try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
						s.execute("create database " + db);
					}
					DataSource ds = pg.getDatabase("postgres", db);
					var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
					(before ? flyway.target("1.4.20") : flyway).load().migrate();
					String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
					double secs = insert(ds, batches);
					System.out.printf(Locale.ROOT, "round %d, %-27s %,d people: %5.1f s, %,6.0f rows/s (load %s → %s)%n",
							round, before ? "before V1_4_30 (+ trigram)" : "street keys (V1_4_30)", people, secs,
							people / secs, load, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
				}
			}
		}
		finally {
			pg.close();
			PeopleSearchBench.deleteTree(data);
		}
	}

	static double insert(DataSource ds, List<Object[][]> batches) throws Exception {
		long t = System.nanoTime();
		try (Connection c = ds.getConnection()) {
			c.setAutoCommit(false);
			Timestamp now = Timestamp.from(Instant.parse("2026-11-22T00:00:00Z"));
			for (Object[][] columns : batches) {
				try (PreparedStatement ps = c.prepareStatement(INSERT)) {
					ps.setTimestamp(1, now);
					ps.setTimestamp(2, now);
					for (int col = 0; col < columns.length; col++) {
						ps.setArray(3 + col, c.createArrayOf(TYPES[col], columns[col]));
					}
					ps.executeUpdate();
				}
				c.commit();
			}
		}
		return (System.nanoTime() - t) / 1e9;
	}

	/** The people as PersonBatches' column arrays, sealed as the import seals them. */
	static List<Object[][]> batches(int people) {
		List<String> grids = new ArrayList<>(
				DemoDistrict.gridBoundaries(DemoScale.DISTRICT, PeopleSearchBench.SEED).keySet());
		grids.sort(Comparator.naturalOrder());
		Random random = new Random(PeopleSearchBench.SEED);
		Set<Long> bodies = new HashSet<>();
		PersonalDataVault vault = new PersonalDataVault(PeopleSearchBench.DEMO_VAULT);
		List<Object[][]> batches = new ArrayList<>();
		for (int from = 0; from < people; from += BATCH) {
			int n = Math.min(BATCH, people - from);
			Object[][] columns = new Object[TYPES.length][];
			for (int col = 0; col < TYPES.length; col++) {
				columns[col] = col == 0 ? new Long[n] : TYPES[col].equals("bytea") ? new byte[n][] : new String[n];
			}
			for (int i = 0; i < n; i++) {
				PeopleSearchBench.Person p = PeopleSearchBench.person(random, grids, bodies);
				Sealed id = vault.seal(p.idNumber());
				Sealed phone = vault.seal(p.phone());
				Object[] row = { (long) from + i + 1, p.name(), "ID_CARD", id.bytes(), id.lookupHash(), phone.bytes(),
						phone.lookupHash(), p.male() ? "MALE" : "FEMALE", p.birth().toString(), "汉族", null, null, null,
						null, "金水区" + p.grid().substring(9), null, String.join("\u001f", p.tags()), null, p.grid(), null };
				for (int col = 0; col < row.length; col++) {
					columns[col][i] = row[col];
				}
			}
			batches.add(columns);
		}
		return batches;
	}

	static String appInsert() {
		return (String) AppConstants.of("org.civicgrid.registry.internal.PersonBatches", "INSERT");
	}

	private PersonInsertBench() {
	}
}
