package org.civicgrid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.ImportUploads.IMPORTS;
import static org.civicgrid.registry.ImportUploads.importAndWait;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The import history as a list: staff read their own uploads only, an administrator those of their scope (and can
 * narrow them to one uploader), newest first or sorted by a whitelisted field, searched by kind, state and file name,
 * a page at a time; roles that do not import are refused.
 */
class ImportHistoryApiTests extends ApiTest {

	private static final String GRID = "410105560001001";

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffReadTheirOwnImportsAndAnAdminThoseOfTheScope() {
		String marker = "hist" + UUID.randomUUID().toString().substring(0, 8);
		Instant now = Instant.now();
		for (int i = 0; i < 24; i++) {
			job("gridworker1", GRID, i % 2 == 0 ? "person" : "part", i % 4 == 3 ? "FAILED" : "DONE",
					marker + "-%02d.csv".formatted(i), i, i % 3, now.minus(Duration.ofMinutes(10 + i)));
		}
		job("gridworker2", "410105560002001", "house", "DONE", marker + "-other.csv", 3, 0, now.minusSeconds(30));
		String csv = "姓名,证件号码,联系电话,网格编码\n历史导入," + PeopleFixtures.idNumber() + ",," + GRID + "\n";
		JsonNode real = importAndWait(api.as("gridworker1"), "person", marker + "-real.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(real.path("state").asString()).isEqualTo("DONE");

		Api gridworker = api.as("gridworker1");
		JsonNode mine = gridworker.get(IMPORTS + "?q=" + marker).json();
		assertThat(mine.path("total").asLong()).isEqualTo(25);
		assertThat(mine.path("size").asInt()).isEqualTo(20);
		assertThat(filenames(mine)).hasSize(20).startsWith(marker + "-real.csv", marker + "-00.csv", marker + "-01.csv");
		assertThat(mine.path("items").get(0).path("imported").asInt()).isOne();
		assertThat(mine.path("items").get(0).path("warnings")).isEmpty();
		assertThat(mine.path("items")).allSatisfy(j -> assertThat(j.path("owner").asString()).isEqualTo("gridworker1"));

		assertThat(gridworker.get(IMPORTS + "?kind=part&q=" + marker).json().path("total").asLong()).isEqualTo(12);
		assertThat(filenames(gridworker.get(IMPORTS + "?state=FAILED&q=" + marker).json()))
			.containsExactly(marker + "-03.csv", marker + "-07.csv", marker + "-11.csv", marker + "-15.csv",
					marker + "-19.csv", marker + "-23.csv");
		JsonNode byName = gridworker.get(IMPORTS + "?sort=filename,desc&size=5&page=1&q=" + marker).json();
		assertThat(filenames(byName)).containsExactly(marker + "-19.csv", marker + "-18.csv", marker + "-17.csv",
				marker + "-16.csv", marker + "-15.csv");
		JsonNode mostRejected = gridworker.get(IMPORTS + "?sort=rejected,desc&size=1&q=" + marker).json();
		assertThat(mostRejected.path("items").get(0).path("rejected").asInt()).isEqualTo(2);
		// another's uploads stay another's, whatever a staff member asks for
		assertThat(gridworker.get(IMPORTS + "?owner=gridworker2&q=" + marker).json().path("total").asLong())
			.isEqualTo(25);
		assertThat(filenames(api.as("gridworker2").get(IMPORTS + "?q=" + marker).json()))
			.containsExactly(marker + "-other.csv");

		Api admin = api.as("admin");
		assertThat(admin.get(IMPORTS + "?q=" + marker).json().path("total").asLong()).isEqualTo(26);
		assertThat(filenames(admin.get(IMPORTS + "?owner=GRIDWORKER2&q=" + marker).json()))
			.containsExactly(marker + "-other.csv");
		// an administrator of the second community sees the uploads of its staff only
		assertThat(filenames(adminOf("410105560002").get(IMPORTS + "?q=" + marker).json()))
			.containsExactly(marker + "-other.csv");
	}

	@Test
	void rolesThatDoNotImportAreRefusedAndAnUnknownSortIsABadRequest() {
		for (String user : new String[] { "resident1", "volunteer1", "supervisor", "leader", "handler" }) {
			assertProblem(api.as(user).get(IMPORTS), 403, "forbidden");
		}
		assertThat(api.get(IMPORTS).status()).isEqualTo(401);
		Api.Response unknown = api.as("gridworker1").get(IMPORTS + "?sort=headers");
		assertProblem(unknown, 400, "validation");
		assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("sort");
		assertThat(unknown.json().path("errors").get(0).path("message").asString())
			.isEqualTo("不能按“headers”排序；可排序的字段：createdAt, kind, filename, state, total, rejected, owner");
	}

	/** A finished job as the engine would have left it, without running a file. */
	private void job(String owner, String region, String kind, String state, String filename, int total, int rejected,
			Instant at) {
		jdbc.sql("""
				insert into import_job (kind, state, owner, owner_region, filename, total, imported, rejected,
				  progress, created_at, finished_at)
				values (:kind, :state, :owner, :region, :filename, :total, :imported, :rejected, 100, :at, :at)""")
			.param("kind", kind).param("state", state).param("owner", owner).param("region", region)
			.param("filename", filename).param("total", total).param("imported", total - rejected)
			.param("rejected", rejected).param("at", Timestamp.from(at))
			.update();
	}

	private Api adminOf(String regionCode) {
		String username = "hist-admin-" + UUID.randomUUID().toString().substring(0, 8);
		Api.Response created = api.as("admin").post("/api/v1/accounts", java.util.Map.of("username", username,
				"displayName", "社区管理员", "password", "test-password-1", "role", "ADMIN", "regionCode", regionCode));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return api.withToken(api.tokenFor(username, "test-password-1"));
	}

	private static List<String> filenames(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.path("items").forEach(j -> names.add(j.path("filename").asString()));
		return names;
	}
}
