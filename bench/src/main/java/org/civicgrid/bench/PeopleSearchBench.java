package org.civicgrid.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.civicgrid.bench.PeopleSearchSql.Search;
import org.civicgrid.demo.DemoDistrict;
import org.civicgrid.demo.DemoScale;
import org.civicgrid.registry.DocumentType;
import org.civicgrid.registry.vault.PersonalDataVault;
import org.civicgrid.registry.vault.Sealed;
import org.civicgrid.registry.vault.VaultSettings;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Scoped people search over a generated registry, on the app's own schema (its Flyway migrations) in an embedded
 * PostgreSQL of the version the app runs. Measures the SQL the app's {@code StoredPeople.search} sends, as
 * {@code PeopleCriteria} builds it ({@link PeopleSearchSql}): a capped count, then one page of 20 in id order, each
 * a fresh prepared statement on one connection (what {@code JdbcClient} does). Times are of the two queries,
 * including reading every column of the page; not the app's HMACs of the search input, its look-up of a district's
 * streets, nor opening the sealed identifiers of the page.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.civicgrid.bench.PeopleSearchBench [people=1000000] [queries=2000]
 * java -Dbench.before=true -cp …   # the schema and SQL before street keys (V1_4_30), on the same data
 * </pre>
 *
 * Writes {@code bench/target/people-search.json} (relative to the working directory; run from the repository root).
 */
public final class PeopleSearchBench {

	static final long SEED = 20261122L;
	static final String DISTRICT = "410105";
	static final String STREET = "410105560";
	static final int PAGE_SIZE = 20;
	static final int BATCH = 50_000;
	static final int SAMPLE = 20_000;

	// the app's demo vault keys from application.yml: public, for the standalone demo only
	static final VaultSettings DEMO_VAULT = new VaultSettings("demo1", Map.of("demo1", "6Dqxg55px95t5EuTC4Sn6Q=="),
			"LAspBS/u3MAOnvgD20MObGrHwK/n29k7H6A6EZIPUGk=");

	// ---- the app's SQL: PeopleSearchSql ----
	// -Dbench.before=true: the schema before V1_4_30 (Flyway target 1.4.20) and the SQL of that time, same data
	static final boolean BEFORE = Boolean.getBoolean("bench.before");
	// StoredPeople.search counts at most COUNT_CAP + 1 matches and reports the total as capped beyond (10,000 before
	// the street keys)
	static final long COUNT_CAP = BEFORE ? 10_000
			: (long) AppConstants.of("org.civicgrid.registry.internal.StoredPeople", "COUNT_CAP");
	// -Dbench.exactCount=true measures the exact count the app used before the cap, for a comparison on the same machine
	static final boolean EXACT_COUNT = Boolean.getBoolean("bench.exactCount");
	static String countSql(Search s) {
		return EXACT_COUNT ? "select count(*) from (" + s.matches() + ") c"
				: "select count(*) from (" + s.matches() + " limit ?) c";
	}
	// StoredPeople.FEW_MATCHES: up to this many matches counted, the page is sorted out of all of them
	static final long FEW_MATCHES = (long) AppConstants.of("org.civicgrid.registry.internal.StoredPeople",
			"FEW_MATCHES");
	/** StoredPeople.search's page, chosen by the count (before V1_4_30 always in id order). */
	static String pageSql(Search s, long counted) {
		String from = !BEFORE && counted <= FEW_MATCHES ? "(select * from person" + s.where() + " offset 0) m"
				: "person" + s.where();
		return "select * from " + from + " order by id limit ? offset ?";
	}

	// ---- generated people ----
	// the 100 most common surnames, most common first (王 李 张 刘 陈 … ≈ 85 % of the population)
	static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
			+ "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
	// common given-name characters, most common first
	static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红建文辉力金林国春云龙飞鹏晓亮"
			+ "宇浩俊峰斌波海鑫婷雪琳欣怡佳子轩梓涵一诺雨泽浩然子豪思宇博文志宏海燕红梅丹凤玲慧晨阳光荣德福新民";
	static final String[] AREAS = { "410105", "410102", "410103", "410104", "410122", "412725", "411323", "410181" };
	static final String[] TAGS = { "独居老人", "残疾人", "低保", "流动人口", "退役军人", "特殊关爱" };
	static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	record Person(String name, String idNumber, String phone, boolean male, LocalDate birth, String grid, List<String> tags) {
	}

	record Stats(String type, int n, double p50, double p95, double p99, double max, double mean,
			double countP50, double countP95, double pageP50, double pageP95, double meanMatches, long maxMatches) {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		int people = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
		int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
		int warmup = Math.max(200, queries / 4);

		List<String> grids = new ArrayList<>(DemoDistrict.gridBoundaries(DemoScale.DISTRICT, SEED).keySet());
		grids.sort(Comparator.naturalOrder());
		long streetGrids = grids.stream().filter(g -> g.startsWith(STREET)).count();
		System.out.printf(Locale.ROOT, "PeopleSearchBench: %,d people over %d grids (%d in street %s), %d queries per type after %d warm-up%n",
				people, grids.size(), streetGrids, STREET, queries, warmup);
		System.out.printf(Locale.ROOT, "JVM %s, %d CPUs%n", Runtime.version(), Runtime.getRuntime().availableProcessors());

		Path data = Files.createTempDirectory("people-search-pg");
		EmbeddedPostgres pg = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			// as the app's embedded server, except: no fsync and a bigger maintenance_work_mem, to load faster
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "128MB")
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("full_page_writes", "off")
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("maintenance_work_mem", "512MB")
			.start();
		Map<String, Object> json = new LinkedHashMap<>();
		try {
			DataSource ds = pg.getPostgresDatabase();
			long t = System.nanoTime();
			var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
			(BEFORE ? flyway.target("1.4.20") : flyway).load().migrate();
			System.out.printf(Locale.ROOT, "Flyway migrations%s: %.1f s%n", BEFORE ? " up to 1.4.20 (before street keys)" : "", secs(t));
			try (Connection c = ds.getConnection()) {
				try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select version()")) {
					rs.next();
					System.out.println(rs.getString(1));
					json.put("postgres", rs.getString(1));
				}
				Sample sample = load(c, people, grids, json);
				json.put("people", people);
				json.put("schema", BEFORE ? "before V1_4_30" : "current");
				json.put("grids", grids.size());
				json.put("streetGrids", streetGrids);
				json.put("queriesPerType", queries);
				json.put("warmupPerType", warmup);
				json.put("cpus", Runtime.getRuntime().availableProcessors());
				List<Stats> results = measure(c, sample, grids, queries, warmup);
				printTable(results);
				json.put("results", results);
			}
		}
		finally {
			pg.close();
			deleteTree(data);
		}
		Path out = Path.of("bench/target/people-search.json");
		Files.createDirectories(out.getParent());
		Files.writeString(out, toJson(json) + "\n");
		System.out.println("wrote " + out.toAbsolutePath());
	}

	// ---------------------------------------------------------------------------------------------------------------
	// load

	/** People kept for sampling queries: a fixed stride through the generated ones. */
	static final class Sample {
		final List<Person> all = new ArrayList<>();
		final List<Person> street = new ArrayList<>();
	}

	static Sample load(Connection c, int people, List<String> grids, Map<String, Object> json) throws Exception {
		// Indexes are dropped for the load and created again from their own definitions afterwards: the same
		// schema, loaded in minutes rather than maintaining six indexes (three GIN) row by row.
		List<String> indexDefs = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select indexname, indexdef from pg_indexes where tablename = 'person' "
						+ "and indexname <> 'person_pkey' order by indexname")) {
			while (rs.next()) {
				indexDefs.add(rs.getString(2));
			}
		}
		try (Statement s = c.createStatement()) {
			for (String def : indexDefs) {
				s.execute("drop index " + def.split(" ")[def.startsWith("CREATE UNIQUE") ? 3 : 2]);
			}
		}
		CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
		String copySql = "copy person (name, document_type, id_number_sealed, id_number_hash, phone_sealed, phone_hash, "
				+ "sex, birth_date, tags, grid_code, created_at, updated_at) from stdin";
		ThreadLocal<PersonalDataVault> vaults = ThreadLocal.withInitial(() -> new PersonalDataVault(DEMO_VAULT));
		Random random = new Random(SEED);
		Set<Long> idBodies = new HashSet<>(people * 2);
		int stride = Math.max(1, people / SAMPLE);
		Sample sample = new Sample();
		ExecutorService copier = Executors.newSingleThreadExecutor();
		Future<?> pending = null;
		long t = System.nanoTime();
		long sealNanos = 0;
		try {
			for (int from = 0; from < people; from += BATCH) {
				int n = Math.min(BATCH, people - from);
				Person[] batch = new Person[n];
				for (int i = 0; i < n; i++) {
					batch[i] = person(random, grids, idBodies);
					if ((from + i) % stride == 0) {
						sample.all.add(batch[i]);
						if (batch[i].grid().startsWith(STREET)) {
							sample.street.add(batch[i]);
						}
					}
				}
				long s0 = System.nanoTime();
				String[] lines = new String[n];
				IntStream.range(0, n).parallel().forEach(i -> lines[i] = copyLine(vaults.get(), batch[i]));
				String text = String.join("", lines);
				sealNanos += System.nanoTime() - s0;
				if (pending != null) {
					pending.get();
				}
				pending = copier.submit(() -> {
					copy.copyIn(copySql, new StringReader(text));
					return null;
				});
				if ((from / BATCH) % 4 == 3) {
					System.out.printf(Locale.ROOT, "  %,d rows, %.0f s%n", from + n, secs(t));
				}
			}
			if (pending != null) {
				pending.get();
			}
		}
		finally {
			copier.shutdown();
		}
		double copySecs = secs(t);
		System.out.printf(Locale.ROOT, "COPY of %,d people: %.1f s (sealing and formatting, on all cores, %.1f s of it)%n",
				people, copySecs, sealNanos / 1e9);
		t = System.nanoTime();
		Map<String, Double> indexSecs = new LinkedHashMap<>();
		try (Statement s = c.createStatement()) {
			for (String def : indexDefs) {
				long i0 = System.nanoTime();
				s.execute(def);
				indexSecs.put(def, secs(i0));
				System.out.printf(Locale.ROOT, "  %.1f s  %s%n", secs(i0), def);
			}
		}
		double indexTotal = secs(t);
		t = System.nanoTime();
		try (Statement s = c.createStatement()) {
			s.execute("vacuum analyze person");
		}
		double vacuumSecs = secs(t);
		System.out.printf(Locale.ROOT, "indexes: %.1f s; vacuum analyze: %.1f s; total load %.1f s%n", indexTotal,
				vacuumSecs, copySecs + indexTotal + vacuumSecs);
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select pg_size_pretty(pg_total_relation_size('person')), "
						+ "pg_size_pretty(pg_relation_size('person'))")) {
			rs.next();
			System.out.println("person: " + rs.getString(1) + " with indexes, table " + rs.getString(2));
			json.put("personTotalSize", rs.getString(1));
		}
		json.put("loadCopySeconds", round(copySecs));
		json.put("loadIndexSeconds", round(indexTotal));
		json.put("loadVacuumAnalyzeSeconds", round(vacuumSecs));
		json.put("indexSeconds", indexSecs);
		return sample;
	}

	static Person person(Random r, List<String> grids, Set<Long> idBodies) {
		StringBuilder name = new StringBuilder();
		name.append(SURNAMES.charAt(skewed(r, SURNAMES.length(), 2.5)));
		int given = r.nextInt(100) < 28 ? 1 : 2;
		for (int g = 0; g < given; g++) {
			name.append(GIVEN.charAt(skewed(r, GIVEN.length(), 1.8)));
		}
		boolean male = r.nextBoolean();
		LocalDate birth = LocalDate.of(1935, 1, 1).plusDays(r.nextInt(32_000));
		String body;
		while (true) {
			int seq = r.nextInt(500) * 2 + (male ? 1 : 0);
			body = AREAS[r.nextInt(AREAS.length)] + birth.toString().replace("-", "") + "%03d".formatted(seq);
			if (idBodies.add(Long.parseLong(body))) {
				break;
			}
		}
		String phone = "1" + "3456789".charAt(r.nextInt(7)) + "%09d".formatted(r.nextInt(1_000_000_000));
		String grid = grids.get(r.nextInt(grids.size()));
		List<String> tags = List.of();
		int tagRoll = r.nextInt(100);
		if (tagRoll < 12) {
			tags = List.of(TAGS[r.nextInt(TAGS.length)]);
		}
		else if (tagRoll < 15) {
			int a = r.nextInt(TAGS.length);
			tags = List.of(TAGS[a], TAGS[(a + 1 + r.nextInt(TAGS.length - 1)) % TAGS.length]);
		}
		return new Person(name.toString(), body + checkDigit(body), phone, male, birth, grid, tags);
	}

	/** An index in [0, n) skewed toward 0: the first characters of the lists are the most common. */
	static int skewed(Random r, int n, double power) {
		return Math.min(n - 1, (int) (Math.pow(r.nextDouble(), power) * n));
	}

	/** GB 11643-1999: the 18th character of a resident ID number. */
	static char checkDigit(String body17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body17.charAt(i) - '0') * WEIGHTS[i];
		}
		return "10X98765432".charAt(sum % 11);
	}

	static final java.util.HexFormat HEX = java.util.HexFormat.of();

	static String copyLine(PersonalDataVault vault, Person p) {
		// what StoredPeople.update stores for an ID card (Identifiers.sealDocument: the number hashed as it is)
		Sealed id = vault.seal(p.idNumber());
		Sealed phone = vault.seal(p.phone());
		String now = "2026-11-22 08:00:00+08";
		return p.name() + "\tID_CARD\t\\\\x" + HEX.formatHex(id.bytes()) + "\t" + id.lookupHash()
				+ "\t\\\\x" + HEX.formatHex(phone.bytes()) + "\t" + phone.lookupHash()
				+ "\t" + (p.male() ? "MALE" : "FEMALE") + "\t" + p.birth() + "\t{" + String.join(",", p.tags()) + "}"
				+ "\t" + p.grid() + "\t" + now + "\t" + now + "\n";
	}

	// ---------------------------------------------------------------------------------------------------------------
	// measure

	static List<Stats> measure(Connection c, Sample sample, List<String> grids, int queries, int warmup) throws SQLException {
		PersonalDataVault vault = new PersonalDataVault(DEMO_VAULT);
		Random r = new Random(SEED + 1);
		// Regions.streetCodes(DISTRICT): the streets of the district, in code order
		List<String> streets = grids.stream().map(g -> g.substring(0, PeopleSearchSql.STREET_LENGTH)).distinct().sorted().toList();
		Map<String, java.util.function.Supplier<Search>> types = new LinkedHashMap<>();
		types.put("id, street scope", () -> idSearch(vault, sample.street.get(r.nextInt(sample.street.size())), STREET));
		types.put("id, grid scope", () -> {
			Person p = sample.all.get(r.nextInt(sample.all.size()));
			return idSearch(vault, p, p.grid());
		});
		types.put("name 1 char, street", () -> nameSearch(chars(r, sample, 1), STREET, streets));
		types.put("name 2 chars, street", () -> nameSearch(chars(r, sample, 2), STREET, streets));
		types.put("name 3 chars, street", () -> nameSearch(chars(r, sample, 3), STREET, streets));
		types.put("name 1 char, community", () -> {
			String community = sample.street.get(r.nextInt(sample.street.size())).grid().substring(0, 12);
			return nameSearch(chars(r, sample, 1), community, streets);
		});
		types.put("name 1 char, district", () -> nameSearch(chars(r, sample, 1), DISTRICT, streets));
		types.put("name 2 chars, district", () -> nameSearch(chars(r, sample, 2), DISTRICT, streets));
		types.put("name 3 chars, district", () -> nameSearch(chars(r, sample, 3), DISTRICT, streets));

		// warm-up: every type, interleaved, so no type runs on a colder cache than another
		for (int i = 0; i < warmup; i++) {
			for (var type : types.values()) {
				run(c, type.get());
			}
		}
		List<Stats> results = new ArrayList<>();
		for (var e : types.entrySet()) {
			double[] total = new double[queries];
			double[] count = new double[queries];
			double[] page = new double[queries];
			long[] hits = new long[queries];
			Search slowest = null;
			double slowestMs = -1;
			long slowestMatches = 0;
			for (int i = 0; i < queries; i++) {
				Search s = e.getValue().get();
				double[] times = run(c, s);
				count[i] = times[0];
				page[i] = times[1];
				total[i] = times[0] + times[1];
				hits[i] = (long) times[2];
				if (total[i] > slowestMs) {
					slowestMs = total[i];
					slowest = s;
					slowestMatches = hits[i];
				}
			}
			double meanHits = Arrays.stream(hits).average().orElse(0);
			long maxHits = Arrays.stream(hits).max().orElse(0);
			System.out.printf(Locale.ROOT, "%s: matches per search mean %.0f, max %d; slowest %.1f ms for %s%n",
					e.getKey(), meanHits, maxHits, slowestMs, slowest.label());
			results.add(stats(e.getKey(), total, count, page, meanHits, maxHits));
			explain(c, slowest, slowestMatches);
		}
		return results;
	}

	/**
	 * A name fragment from a sampled name (so frequency-weighted: 王 comes up often): 1 char is a random character,
	 * 2 chars a random adjacent pair, 3 chars the first three characters of a 3-character name.
	 */
	static String chars(Random r, Sample sample, int n) {
		String name;
		do {
			name = sample.all.get(r.nextInt(sample.all.size())).name();
		} while (name.length() < n);
		int i = n == 3 ? 0 : r.nextInt(name.length() - n + 1);
		return name.substring(i, i + n);
	}

	static Search idSearch(PersonalDataVault vault, Person p, String scope) {
		// PersonReader: documentHashIn(identifiers.documentHashes(number)), the number's hash under every type
		List<String> hashes = new ArrayList<>();
		for (DocumentType type : DocumentType.values()) {
			hashes.add(vault.lookupHash(type == DocumentType.ID_CARD ? p.idNumber() : type.name() + ":" + p.idNumber()));
		}
		return PeopleSearchSql.id(scope, hashes);
	}

	static Search nameSearch(String text, String scope, List<String> streets) {
		return BEFORE ? PeopleSearchSql.nameBefore(text, scope)
				: PeopleSearchSql.name(text, scope, streets.stream().filter(st -> st.startsWith(scope)).toList());
	}

	/** {count ms, page ms, count}: a fresh prepared statement each, as JdbcClient does. */
	static double[] run(Connection c, Search s) throws SQLException {
		long t0 = System.nanoTime();
		long total;
		try (PreparedStatement ps = c.prepareStatement(countSql(s))) {
			bindCount(ps, s);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				total = rs.getLong(1);
			}
		}
		long t1 = System.nanoTime();
		// StoredPeople.search asks for no page of nothing
		if (BEFORE || total > 0) {
			try (PreparedStatement ps = c.prepareStatement(pageSql(s, total))) {
				bindPage(ps, s);
				try (ResultSet rs = ps.executeQuery()) {
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						for (int i = 1; i <= columns; i++) {
							rs.getObject(i);
						}
					}
				}
			}
		}
		long t2 = System.nanoTime();
		return new double[] { (t1 - t0) / 1e6, (t2 - t1) / 1e6, total };
	}

	/** The rows' parameters, then the cap (StoredPeople.search: {@code limit :cap}). */
	static void bindCount(PreparedStatement ps, Search s) throws SQLException {
		List<String> p = s.matchParams();
		for (int i = 0; i < p.size(); i++) {
			ps.setString(i + 1, p.get(i));
		}
		if (!EXACT_COUNT) {
			ps.setLong(p.size() + 1, COUNT_CAP + 1);
		}
	}

	static void bindPage(PreparedStatement ps, Search s) throws SQLException {
		List<String> p = s.whereParams();
		for (int i = 0; i < p.size(); i++) {
			ps.setString(i + 1, p.get(i));
		}
		ps.setInt(p.size() + 1, PAGE_SIZE);
		ps.setLong(p.size() + 2, 0L);
	}

	static void explain(Connection c, Search s, long counted) throws SQLException {
		for (boolean count : new boolean[] { true, false }) {
			String sql = count ? countSql(s) : pageSql(s, counted);
			try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + sql)) {
				if (count) {
					bindCount(ps, s);
				}
				else {
					bindPage(ps, s);
				}
				StringBuilder plan = new StringBuilder();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						plan.append("      ").append(rs.getString(1)).append('\n');
					}
				}
				System.out.print("    plan of the slowest, re-run: " + (count ? "count" : "page") + "\n" + plan);
			}
		}
	}

	static Stats stats(String type, double[] total, double[] count, double[] page, double meanHits, long maxHits) {
		double[] t = total.clone();
		double[] cn = count.clone();
		double[] pg = page.clone();
		Arrays.sort(t);
		Arrays.sort(cn);
		Arrays.sort(pg);
		return new Stats(type, t.length, round(pct(t, 0.50)), round(pct(t, 0.95)), round(pct(t, 0.99)),
				round(t[t.length - 1]), round(Arrays.stream(t).average().orElse(0)), round(pct(cn, 0.50)),
				round(pct(cn, 0.95)), round(pct(pg, 0.50)), round(pct(pg, 0.95)), round(meanHits), maxHits);
	}

	/** Nearest rank. */
	static double pct(double[] sorted, double q) {
		return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
	}

	static void printTable(List<Stats> results) {
		System.out.println();
		System.out.println("Search (count + page of 20), ms      p50      p95      p99      max     mean | count p50  p95 | page p50  p95 | matches mean    max");
		for (Stats s : results) {
			System.out.printf(Locale.ROOT, "%-32s %8.2f %8.2f %8.2f %8.2f %8.2f | %9.2f %5.2f | %8.2f %5.2f | %12.0f %6d%n", s.type(),
					s.p50(), s.p95(), s.p99(), s.max(), s.mean(), s.countP50(), s.countP95(), s.pageP50(), s.pageP95(),
					s.meanMatches(), s.maxMatches());
		}
		System.out.println();
	}

	// ---------------------------------------------------------------------------------------------------------------
	// helpers

	static double secs(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	static String toJson(Object o) {
		if (o == null) {
			return "null";
		}
		if (o instanceof Number || o instanceof Boolean) {
			return o.toString();
		}
		if (o instanceof Map<?, ?> m) {
			return m.entrySet().stream().map(e -> toJson(e.getKey().toString()) + ": " + toJson(e.getValue()))
				.collect(Collectors.joining(",\n", "{\n", "\n}"));
		}
		if (o instanceof List<?> l) {
			return l.stream().map(PeopleSearchBench::toJson).collect(Collectors.joining(",\n", "[\n", "\n]"));
		}
		if (o instanceof Stats s) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("type", s.type());
			m.put("queries", s.n());
			m.put("p50Ms", s.p50());
			m.put("p95Ms", s.p95());
			m.put("p99Ms", s.p99());
			m.put("maxMs", s.max());
			m.put("meanMs", s.mean());
			m.put("countP50Ms", s.countP50());
			m.put("countP95Ms", s.countP95());
			m.put("pageP50Ms", s.pageP50());
			m.put("pageP95Ms", s.pageP95());
			m.put("meanMatches", s.meanMatches());
			m.put("maxMatches", s.maxMatches());
			return toJson(m);
		}
		String s = o.toString();
		StringBuilder b = new StringBuilder("\"");
		for (char ch : s.toCharArray()) {
			switch (ch) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				default -> {
					if (ch < 0x20) {
						b.append("\\u%04x".formatted((int) ch));
					}
					else {
						b.append(ch);
					}
				}
			}
		}
		return b.append('"').toString();
	}

	private PeopleSearchBench() {
	}
}
