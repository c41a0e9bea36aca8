package org.civicgrid.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.CreditCode;
import org.civicgrid.registry.IdNumber;
import org.civicgrid.registry.NewOrganisation;
import org.civicgrid.registry.NewPerson;
import org.civicgrid.registry.Organisations;
import org.civicgrid.registry.People;
import org.civicgrid.registry.vault.PersonalDataVault;
import org.civicgrid.registry.vault.Sealed;
import org.civicgrid.registry.vault.SealedColumn;
import org.civicgrid.registry.vault.VaultSettings;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/**
 * Key rotation on the real database. The test profile configures a second key, {@code retired-test}, beside the
 * active {@code demo1}: values are sealed with it as before a rotation (key A), the application seals with demo1
 * (key B), a reseal run moves every value to B, and a vault holding B alone opens every sealed value stored.
 */
class VaultRotationTests extends ApiTest {

	static final String OLD_KEY = "retired-test";
	static final String GRID = "410105560003001";
	static final Caller ADMIN = new Caller(-1, "admin", "管理员", Role.ADMIN, "410105");
	static final String RESEAL = "/api/v1/registry/vault/reseal";

	private static final Random RANDOM = new Random(System.nanoTime());

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	Organisations organisations;

	@Autowired
	PersonalDataVault vault;

	@Autowired
	VaultSettings settings;

	@Autowired
	StoredSealedValues values;

	@Autowired
	StoredResealJobs jobs;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	/** Key A: the retired key active, as the application was configured before the rotation. */
	PersonalDataVault beforeRotation() {
		return new PersonalDataVault(new VaultSettings(OLD_KEY, settings.keys(), settings.hashKey()));
	}

	@Test
	void aRunStoppedAfterOneBatchIsFinishedByTheNextAndTheOldKeyCanThenGo() {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(people.register(ADMIN, person(), ChangeSource.COUNTER).id());
		}
		long organisation = organisations.upsert(ADMIN, new NewOrganisation(CreditCode.complete("91410105RT"
				+ "%07d".formatted(RANDOM.nextInt(10_000_000))).value(), "轮换测试单位", "企业", null, "13700001111", 3,
				null, GRID), ChangeSource.COUNTER).item().id();
		long importJob = importRejectSealedUnderTheOldKey();
		sealUnderTheOldKey(ids, organisation);
		Map<String, String> plainBefore = plain(ids, organisation, importJob);
		List<String> hashesBefore = hashes(ids, organisation);
		assertThat(keyIds(ids, organisation, importJob)).containsOnly(OLD_KEY);

		JsonNode keys = api.as("admin").get("/api/v1/registry/vault/keys").json();
		JsonNode old = keys.valueStream().filter(k -> k.get("keyId").asString().equals(OLD_KEY)).findFirst()
			.orElseThrow();
		assertThat(old.get("values").asLong()).isEqualTo(5 * 2 + 1 + 1);
		assertThat(old.get("active").asBoolean()).isFalse();
		assertThat(old.get("configured").asBoolean()).isTrue();
		assertThat(old.get("columns").get("person.phone_sealed").asLong()).isEqualTo(5);

		// a node starts a run and dies after its first batch of two
		long crashed = jobs.create("admin", vault.activeKeyId(), values.countNotUnder(vault.activeKeyId()),
				clock.instant());
		Resealer smallBatches = new Resealer(values, jobs, vault, new ResealSettings(2, null), transactions, clock);
		Resealer.Cursor next = smallBatches.batch(crashed, Resealer.Cursor.START);
		assertThat(next).isNotNull();
		assertThat(keyIds(ids, organisation, importJob).stream().filter(vault.activeKeyId()::equals)).hasSize(2);
		JsonNode halfway = api.as("admin").get(RESEAL + "/" + crashed).json();
		assertThat(halfway.get("state").asString()).isEqualTo("RUNNING");
		assertThat(halfway.get("resealed").asLong()).isEqualTo(2);
		assertProblem(api.as("admin").post(RESEAL, ""), 409, "conflict");

		// a minute later without a heartbeat the run counts as interrupted, and the next one finishes the rest
		jdbc.sql("update vault_reseal_job set heartbeat_at = heartbeat_at - interval '2 minutes' where id = :id")
			.param("id", crashed).update();
		var started = api.as("admin").post(RESEAL, "");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		assertThat(started.headers().get("location")).isEqualTo(RESEAL + "/" + started.json().get("id").asLong());
		assertThat(started.json().get("total").asLong()).isEqualTo(5 * 2 + 1 + 1 - 2);
		JsonNode done = waitFor(started.json().get("id").asLong());
		assertThat(done.get("state").asString()).isEqualTo("DONE");
		assertThat(done.get("resealed").asLong()).isEqualTo(10);
		assertThat(done.get("unreadable").asLong()).isZero();
		assertThat(done.get("progress").asInt()).isEqualTo(100);
		JsonNode interrupted = api.as("admin").get(RESEAL + "/" + crashed).json();
		assertThat(interrupted.get("state").asString()).isEqualTo("FAILED");
		assertThat(interrupted.get("error").asString()).contains("再运行一次");

		assertThat(keyIds(ids, organisation, importJob)).containsOnly(vault.activeKeyId());
		assertThat(hashes(ids, organisation)).isEqualTo(hashesBefore);
		assertThat(plain(ids, organisation, importJob)).isEqualTo(plainBefore);
		assertThat(api.as("admin").get("/api/v1/registry/vault/keys").json().valueStream()
			.map(k -> k.get("keyId").asString())).doesNotContain(OLD_KEY);

		// with the old key dropped from the configuration, every sealed value stored still opens
		String active = vault.activeKeyId();
		PersonalDataVault withoutOldKey = new PersonalDataVault(
				new VaultSettings(active, Map.of(active, settings.keys().get(active)), settings.hashKey()));
		for (SealedColumn c : values.columns()) {
			List<byte[]> all = jdbc.sql("select %s from %s where %s is not null".formatted(c.column(), c.table(),
					c.column())).query((rs, i) -> rs.getBytes(1)).list();
			all.forEach(bytes -> assertThat(withoutOldKey.open(Sealed.of(bytes, null))).isNotNull());
		}

		JsonNode audit = api.as("admin").get("/api/v1/audit?actor=admin&action=VAULT_RESEAL_FINISHED&size=5").json();
		assertThat(audit.get("items").valueStream().map(e -> e.get("detail").asString()))
			.anyMatch(d -> d.contains("state: DONE") && d.contains("resealed: 10"));
		assertThat(api.as("admin").get("/api/v1/audit?actor=admin&action=VAULT_RESEAL_STARTED&size=5").json()
			.get("items").size()).isPositive();
	}

	@Test
	void aValueAWriterChangedMeanwhileIsLeftAsTheWriterSealedIt() {
		long id = people.register(ADMIN, person(), ChangeSource.COUNTER).id();
		sealUnderTheOldKey(List.of(id), null);
		SealedColumn phones = values.columns().get(1);
		List<StoredSealedValues.Value> read = values.notUnder(phones, vault.activeKeyId(), new long[] { id - 1 }, 1);
		assertThat(read).hasSize(1);
		byte[] writers = vault.seal("13900002222").bytes();
		jdbc.sql("update person set phone_sealed = :s where id = :id").param("s", writers).param("id", id).update();

		int written = transactions.execute(s -> values.replace(phones, read,
				List.of(vault.reseal(Sealed.of(read.get(0).sealed(), null)).bytes())));
		assertThat(written).isZero();
		assertThat(jdbc.sql("select phone_sealed from person where id = :id").param("id", id).query(byte[].class)
			.single()).isEqualTo(writers);
		jdbc.sql("update person set id_number_sealed = :s where id = :id")
			.param("s", vault.reseal(Sealed.of(idSealed(id), null)).bytes()).param("id", id).update();
	}

	@Test
	void onlyAnAdminRotatesKeys() {
		for (String who : List.of("dispatcher", "community1", "gridworker1", "resident1", "volunteer1")) {
			assertProblem(api.as(who).post(RESEAL, ""), 403, "forbidden");
			assertProblem(api.as(who).get("/api/v1/registry/vault/keys"), 403, "forbidden");
		}
		assertThat(api.post(RESEAL, "").status()).isEqualTo(401);
		assertProblem(api.as("admin").get(RESEAL + "/999999999"), 404, "not-found");
		var bad = api.as("admin").get(RESEAL + "/abc");
		assertProblem(bad, 400, "validation");
		assertThat(bad.errorFields()).containsExactly("id");
	}

	private JsonNode waitFor(long id) {
		for (int i = 0; i < 600; i++) {
			JsonNode job = api.as("admin").get(RESEAL + "/" + id).json();
			if (!job.get("state").asString().equals("RUNNING")) {
				return job;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				throw new AssertionError(e);
			}
		}
		throw new AssertionError("reseal run " + id + " still running after 60 s");
	}

	private static NewPerson person() {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(RANDOM.nextInt(50 * 365));
		String first17 = "320102" + birth.toString().replace("-", "") + "%03d".formatted(RANDOM.nextInt(1000));
		String id = IdNumber.complete(first17, LocalDate.of(2026, 1, 1)).value();
		String phone = "136%08d".formatted(RANDOM.nextInt(100_000_000));
		return new NewPerson("轮换测试", null, id, phone, null, null, null, null, null, null, null, null, null,
				List.of(), null, GRID, null);
	}

	/** What the rows held before the rotation: each value sealed again under key A, hashes untouched. */
	private void sealUnderTheOldKey(List<Long> ids, Long organisation) {
		PersonalDataVault a = beforeRotation();
		for (long id : ids) {
			jdbc.sql("update person set id_number_sealed = :i, phone_sealed = :p where id = :id")
				.param("i", a.reseal(Sealed.of(idSealed(id), null)).bytes())
				.param("p", a.reseal(Sealed.of(bytes("select phone_sealed from person where id = :id", id), null))
					.bytes())
				.param("id", id).update();
		}
		if (organisation != null) {
			jdbc.sql("update organisation set contact_phone_sealed = :p where id = :id")
				.param("p", a.reseal(Sealed.of(bytes("select contact_phone_sealed from organisation where id = :id",
						organisation), null)).bytes())
				.param("id", organisation).update();
		}
	}

	private long importRejectSealedUnderTheOldKey() {
		long job = jdbc.sql("""
				insert into import_job (kind, state, owner, owner_region, filename, created_at)
				values ('person', 'DONE', 'admin', '410105', 'rotation.xlsx', now()) returning id""")
			.query(Long.class).single();
		jdbc.sql("insert into import_reject (job_id, row_number, cells_sealed, reason) values (:j, 3, :c, '测试')")
			.param("j", job).param("c", beforeRotation().seal("[\"张三\",\"13612345678\"]").bytes()).update();
		return job;
	}

	private byte[] idSealed(long id) {
		return bytes("select id_number_sealed from person where id = :id", id);
	}

	private byte[] bytes(String sql, long id) {
		return jdbc.sql(sql).param("id", id).query((rs, i) -> rs.getBytes(1)).single();
	}

	/** Every sealed value of the fixtures, in a fixed order. */
	private List<byte[]> sealed(List<Long> ids, long organisation, long importJob) {
		List<byte[]> all = new ArrayList<>();
		for (long id : ids) {
			all.add(idSealed(id));
			all.add(bytes("select phone_sealed from person where id = :id", id));
		}
		all.add(bytes("select contact_phone_sealed from organisation where id = :id", organisation));
		all.add(bytes("select cells_sealed from import_reject where job_id = :id", importJob));
		return all;
	}

	private List<String> keyIds(List<Long> ids, long organisation, long importJob) {
		return sealed(ids, organisation, importJob).stream().map(b -> Sealed.of(b, null).keyId()).toList();
	}

	private Map<String, String> plain(List<Long> ids, long organisation, long importJob) {
		Map<String, String> plain = new LinkedHashMap<>();
		List<byte[]> all = sealed(ids, organisation, importJob);
		for (int i = 0; i < all.size(); i++) {
			plain.put("value " + i, vault.open(Sealed.of(all.get(i), null)));
		}
		return plain;
	}

	private List<String> hashes(List<Long> ids, long organisation) {
		List<String> hashes = new ArrayList<>();
		for (long id : ids) {
			hashes.addAll(jdbc.sql("select id_number_hash, phone_hash from person where id = :id").param("id", id)
				.query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).single());
		}
		hashes.add(jdbc.sql("select contact_phone_hash from organisation where id = :id").param("id", organisation)
			.query(String.class).single());
		return hashes;
	}
}
