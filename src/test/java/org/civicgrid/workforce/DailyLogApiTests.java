package org.civicgrid.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 民情日志 over HTTP: a grid worker writes the day's log of their grid with its 四有 entries, writes it again with the
 * version they read, and is refused a stale copy; every bad field is named and nothing is written; other grids'
 * workers, residents and department handlers are refused; the community's staff find the logs of their grids.
 * The clock stands on a Wednesday in March 2027, after the demo's quarter of logs.
 */
class DailyLogApiTests extends ApiTest {

	static final String GRID = "410105560001001";
	static final String NEXT_GRID = "410105560001002";

	@Autowired
	MovableClock clock;

	@BeforeEach
	void wednesday() {
		clock.stopAt("2027-03-10T17:40");
	}

	@Test
	void aGridWorkerWritesTheDaysLogAndWritesItAgainWithTheVersionRead() {
		long person = person("王秀英", GRID);
		String path = "/api/v1/workforce/grids/" + GRID + "/logs/2027-03-10";
		assertThat(api.as("gridworker1").get(path).status()).isEqualTo(404);

		Map<String, Object> body = log(12);
		body.put("problems", "5 号楼楼道堆放杂物");
		body.put("entries", List.of(entry("HELP", person, "帮王秀英代办老年优待证"), entry("contact", null, "与新楼长建立联系")));
		var written = api.as("gridworker1").put(path, body);
		assertThat(written.status()).as(written.body()).isEqualTo(200);
		JsonNode log = written.json();
		assertThat(log.path("gridCode").asString()).isEqualTo(GRID);
		assertThat(log.path("day").asString()).isEqualTo("2027-03-10");
		assertThat(log.path("households").asInt()).isEqualTo(12);
		assertThat(log.path("problems").asString()).isEqualTo("5 号楼楼道堆放杂物");
		assertThat(log.path("version").asInt()).isEqualTo(1);
		assertThat(log.path("writtenBy").asString()).isEqualTo("gridworker1");
		assertThat(log.path("entries")).hasSize(2);
		assertThat(log.path("entries").get(0).path("kind").asString()).isEqualTo("HELP");
		assertThat(log.path("entries").get(0).path("personName").asString()).isEqualTo("王秀英");
		assertThat(log.path("entries").get(1).path("kind").asString()).isEqualTo("CONTACT");
		assertThat(api.as("gridworker1").get(path).json()).isEqualTo(log);

		Map<String, Object> again = log(14);
		again.put("version", 1);
		var second = api.as("gridworker1").put(path, again);
		assertThat(second.status()).as(second.body()).isEqualTo(200);
		assertThat(second.json().path("version").asInt()).isEqualTo(2);
		assertThat(second.json().path("households").asInt()).isEqualTo(14);
		assertThat(second.json().path("entries")).as("written whole: the entries go with it").isEmpty();
		assertThat(second.json().has("problems")).isFalse();

		var stale = api.as("gridworker1").put(path, again);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.errorFields()).containsExactly("version");
		assertThat(stale.body()).contains("第 1 版").contains("第 2 版");
		assertThat(api.as("gridworker1").get(path).json().path("households").asInt()).isEqualTo(14);

		// the community's staff and the street's supervisor read it; the list finds it
		assertThat(api.as("community1").get(path).json().path("version").asInt()).isEqualTo(2);
		assertThat(api.as("supervisor").get(path).status()).isEqualTo(200);
		JsonNode found = api.as("community1")
			.get("/api/v1/workforce/logs?regionCode=" + GRID + "&from=2027-03-10&to=2027-03-10").json();
		assertThat(found.path("total").asLong()).isEqualTo(1);
		assertThat(found.path("items").get(0).path("households").asInt()).isEqualTo(14);
		assertThat(found.path("items").get(0).path("writerName").asString()).isNotBlank();
	}

	@Test
	void everyBadFieldIsNamedAndNothingIsWritten() {
		long elsewhere = person("赵明", NEXT_GRID);
		String path = "/api/v1/workforce/grids/" + GRID + "/logs/2027-03-09";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("households", -1);
		body.put("needs", "长".repeat(2001));
		body.put("entries", List.of(entry("GOSSIP", null, "x"), entry("HELP", elsewhere, "帮忙"),
				entry("DONE", 999999999L, " "), entry("CONTACT", null, "正常的一条")));
		var bad = api.as("gridworker1").put(path, body);
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.errorFields()).containsExactlyInAnyOrder("households", "needs", "entries.kind",
				"entries.personId", "entries.text", "entries.personId");
		JsonNode errors = bad.json().path("errors");
		assertThat(errors.toString()).contains("\"item\":0").contains("\"item\":1").contains("\"item\":2")
			.doesNotContain("\"item\":3").contains("不在您的管辖范围内").contains("999999999");
		assertThat(api.as("gridworker1").get(path).status()).as("nothing written").isEqualTo(404);
		// the community's staff may look the person up, who lives in the next grid
		var elsewhereLog = log(3);
		elsewhereLog.put("entries", List.of(entry("HELP", elsewhere, "帮忙")));
		var notHere = api.as("community1").put(path, elsewhereLog);
		assertThat(notHere.errorFields()).containsExactly("entries.personId");
		assertThat(notHere.body()).contains("赵明 不是网格 " + GRID + " 的居民");

		var missing = api.as("gridworker1").put(path, new HashMap<>());
		assertThat(missing.errorFields()).containsExactly("households");
		var ahead = api.as("gridworker1").put("/api/v1/workforce/grids/" + GRID + "/logs/2027-03-11", log(3));
		assertThat(ahead.status()).isEqualTo(422);
		assertThat(ahead.errorFields()).containsExactly("day");
		assertThat(ahead.body()).contains("2027-03-11");
		var old = api.as("gridworker1").put("/api/v1/workforce/grids/" + GRID + "/logs/2027-03-02", log(3));
		assertThat(old.errorFields()).containsExactly("day");
		assertThat(old.body()).contains("7 天");
		assertThat(api.as("gridworker1").put("/api/v1/workforce/grids/" + GRID + "/logs/2027-13-01", log(3))
			.status()).isEqualTo(400);
		assertThat(api.as("gridworker1").put("/api/v1/workforce/grids/410105560001/logs/2027-03-09", log(3))
			.status()).as("a community is no grid").isEqualTo(404);
		var list = api.as("community1").get("/api/v1/workforce/logs?regionCode=x&from=2027-03-10&to=2027-03-01");
		assertThat(list.status()).isEqualTo(422);
		assertThat(list.errorFields()).containsExactlyInAnyOrder("regionCode", "to");
		assertThat(api.as("community1").get("/api/v1/workforce/logs?sort=password").errorFields())
			.containsExactly("sort");
	}

	@Test
	void whoIsNotOfTheGridIsRefused() {
		String path = "/api/v1/workforce/grids/" + GRID + "/logs/2027-03-08";
		assertThat(api.as("gridworker1").put(path, log(5)).status()).isEqualTo(200);

		var otherWorker = api.as("gridworker2").get(path);
		assertThat(otherWorker.status()).isEqualTo(403);
		assertThat(otherWorker.body()).contains("out-of-scope");
		assertThat(api.as("gridworker2").put(path, log(9)).status()).isEqualTo(403);
		var resident = api.as("resident1").get(path);
		assertThat(resident.status()).isEqualTo(403);
		assertThat(resident.body()).contains("只有工作人员");
		assertThat(api.as("volunteer1").get("/api/v1/workforce/logs").status()).isEqualTo(403);
		var handler = api.as("handler").put(path, log(9));
		assertThat(handler.status()).isEqualTo(403);
		assertThat(api.as("leader").put(path, log(9)).body()).contains("网格员、网格长和社区工作人员");
		assertThat(api.get(path).status()).isEqualTo(401);
		assertThat(api.as("gridworker1").get(path).json().path("households").asInt()).as("unchanged").isEqualTo(5);

		JsonNode theirs = api.as("gridworker2").get("/api/v1/workforce/logs?from=2027-03-08&to=2027-03-08").json();
		assertThat(theirs.path("items").valueStream().map(i -> i.path("gridCode").asString()))
			.as("another grid's worker lists only their own grid").doesNotContain(GRID);
	}

	private static Map<String, Object> log(int households) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("households", households);
		body.put("needs", "居民希望加装休息座椅");
		return body;
	}

	private static Map<String, Object> entry(String kind, Long person, String text) {
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("kind", kind);
		e.put("personId", person);
		e.put("text", text);
		return e;
	}

	private long person(String name, String grid) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("gridCode", grid);
		body.put("actualResidence", "如意湖小区");
		var r = api.as("community1").post("/api/v1/registry/people?source=HOME_VISIT", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}
}
