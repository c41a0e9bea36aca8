package org.civicgrid.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.PlacesFixtures.BASE;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/** Organisations (credit code key, contact encrypted and masked, reveal audited) and parts over HTTP. */
class OrganisationsAndPartsApiTests extends ApiTest {

	static final String GRID_1 = PeopleFixtures.GRID;
	static final String GRID_2 = "410105560002001";

	@Autowired
	JdbcClient jdbc;

	static Map<String, Object> organisation(String code, String name, String grid) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("creditCode", code);
		body.put("name", name);
		body.put("type", "有限责任公司");
		body.put("legalRepresentative", "法人甲");
		body.put("contactPhone", "0371-65123456");
		body.put("employees", 12);
		body.put("address", "如意湖路 1 号");
		body.put("gridCode", grid);
		return body;
	}

	@Test
	void anOrganisationIsKeptByCreditCodeWithItsContactEncryptedAndMasked() {
		String code = PlacesFixtures.creditCode();
		String name = PlacesFixtures.unique("如意湖测试餐饮有限公司");
		var created = api.as("gridworker1").put(BASE + "/organisations?source=HOME_VISIT",
				organisation(code.toLowerCase(), name, GRID_1));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode item = created.json().get("item");
		assertThat(item.get("creditCode").asString()).isEqualTo(code);
		assertThat(item.get("contactPhone").asString()).isEqualTo("****-****3456");
		long id = item.get("id").asLong();
		String stored = jdbc.sql("select encode(contact_phone_sealed, 'escape') from organisation where id = :id")
			.param("id", id).query(String.class).single();
		assertThat(stored).doesNotContain("65123456");

		assertThat(api.as("gridworker1").put(BASE + "/organisations", organisation(code, name, GRID_1)).json()
			.get("outcome").asString()).isEqualTo("UNCHANGED");
		Map<String, Object> changed = organisation(code, name, GRID_1);
		changed.put("contactPhone", "13812345678");
		var updated = api.as("gridworker1").put(BASE + "/organisations?source=PHONE", changed);
		assertThat(updated.json().get("outcome").asString()).isEqualTo("UPDATED");
		JsonNode history = api.as("gridworker1").get(BASE + "/organisations/" + id + "/history").json();
		assertThat(history.get(0).get("changes").get("contactPhone").get("to").asString()).isEqualTo("138****5678");
		assertThat(history.toString()).doesNotContain("13812345678").doesNotContain("65123456");

		assertThat(ids(api.as("gridworker1").get(BASE + "/organisations?q=" + code))).containsExactly(id);
		assertThat(ids(api.as("community1").get(BASE + "/organisations?q=" + enc(name)))).containsExactly(id);
		assertThat(ids(api.as("gridworker2").get(BASE + "/organisations?q=" + code))).isEmpty();
		assertProblem(api.as("gridworker2").get(BASE + "/organisations/" + id), 403, "out-of-scope");
		assertProblem(api.as("gridworker2").get(BASE + "/organisations/" + id + "/history"), 403, "out-of-scope");
		assertProblem(api.as("resident1").get(BASE + "/organisations/" + id), 403, "forbidden");
		assertProblem(api.as("resident1").get(BASE + "/organisations"), 403, "forbidden");
		assertProblem(api.as("volunteer1").put(BASE + "/organisations", organisation(code, name, GRID_1)), 403,
				"forbidden");
		assertProblem(api.as("gridworker2").put(BASE + "/organisations", organisation(code, name, GRID_1)), 403,
				"out-of-scope");
	}

	@Test
	void theContactIsRevealedToAPermittedRoleWithAReasonAndAudited() {
		String code = PlacesFixtures.creditCode();
		long id = api.as("gridworker1").put(BASE + "/organisations", organisation(code, "揭示测试公司", GRID_1)).json()
			.get("item").get("id").asLong();
		String path = BASE + "/organisations/" + id + "/reveal";
		assertProblem(api.as("gridworker1").post(path, Map.of("reason", "核实企业联系人")), 403, "forbidden");
		var noReason = api.as("community1").post(path, Map.of("reason", "看"));
		assertProblem(noReason, 422, "validation");
		assertThat(noReason.errorFields()).containsExactly("reason");
		assertProblem(api.as("resident1").post(path, Map.of("reason", "核实企业联系人")), 403, "forbidden");
		var revealed = api.as("community1").post(path, Map.of("reason", "安全生产检查联系企业"));
		assertThat(revealed.status()).as(revealed.body()).isEqualTo(200);
		assertThat(revealed.json().get("contactPhone").asString()).isEqualTo("0371-65123456");
		List<String> audit = jdbc.sql("select action || '|' || coalesce(detail, '') from audit_event where target = :t"
				+ " order by id").param("t", "organisation:" + id).query(String.class).list();
		assertThat(audit).anyMatch(a -> a.startsWith("PERSONAL_DATA_REVEALED|安全生产检查联系企业"));
		assertThat(audit).anyMatch(a -> a.startsWith("PERSONAL_DATA_REVEAL_REFUSED|role GRID_WORKER"));
		long other = api.as("admin").put(BASE + "/organisations", organisation(PlacesFixtures.creditCode(),
				"别处公司", GRID_2)).json().get("item").get("id").asLong();
		assertProblem(api.as("community1").post(BASE + "/organisations/" + other + "/reveal",
				Map.of("reason", "安全生产检查联系企业")), 403, "out-of-scope");
	}

	@Test
	void aWrongCreditCodeOrPhoneIsNamed() {
		String code = PlacesFixtures.creditCode();
		String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
		Map<String, Object> bad = organisation(wrong, "", GRID_1);
		bad.put("contactPhone", "12345");
		bad.put("employees", -1);
		var r = api.as("gridworker1").put(BASE + "/organisations", bad);
		assertProblem(r, 422, "validation");
		assertThat(r.errorFields()).containsExactlyInAnyOrder("creditCode", "name", "contactPhone", "employees");
		assertThat(r.body()).doesNotContain("12345\"");
	}

	static Map<String, Object> part(String code, String grid, Double lat, Double lng) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("name", "上水井盖");
		body.put("ownerUnit", "区水务局");
		body.put("maintainer", "自来水公司");
		body.put("state", "IN_USE");
		body.put("lat", lat);
		body.put("lng", lng);
		body.put("gridCode", grid);
		return body;
	}

	@Test
	void aPartIsKeptByComponentCodeAndFoundByCodeClassAndGrid() {
		String code = PlacesFixtures.componentCode();
		var created = api.as("gridworker1").put(BASE + "/parts", part(code, GRID_1, 34.77, 113.73));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode item = created.json().get("item");
		assertThat(item.get("classCode").asString()).isEqualTo("0101");
		assertThat(item.get("className").asString()).isEqualTo("公用设施");
		long id = item.get("id").asLong();
		Map<String, Object> damaged = part(code, GRID_1, 34.77, 113.73);
		damaged.put("state", "DAMAGED");
		assertThat(api.as("gridworker1").put(BASE + "/parts?source=HOME_VISIT", damaged).json().get("outcome")
			.asString()).isEqualTo("UPDATED");
		assertThat(api.as("gridworker1").put(BASE + "/parts", damaged).json().get("outcome").asString())
			.isEqualTo("UNCHANGED");

		assertThat(ids(api.as("gridworker1").get(BASE + "/parts?code=" + code))).containsExactly(id);
		JsonNode byClass = api.as("community1").get(BASE + "/parts?classCode=0101&state=DAMAGED&grid=" + GRID_1
				+ "&size=500").json();
		assertThat(ids(byClass)).contains(id);
		assertThat(ids(api.as("gridworker2").get(BASE + "/parts?code=" + code))).isEmpty();
		assertProblem(api.as("gridworker2").get(BASE + "/parts/" + id), 403, "out-of-scope");
		assertProblem(api.as("gridworker2").get(BASE + "/parts/" + id + "/history"), 403, "out-of-scope");
		assertProblem(api.as("resident1").get(BASE + "/parts/" + id), 403, "forbidden");
		assertProblem(api.as("resident1").get(BASE + "/parts"), 403, "forbidden");
		assertProblem(api.as("gridworker2").put(BASE + "/parts", part(PlacesFixtures.componentCode(), GRID_1, null,
				null)), 403, "out-of-scope");
		assertThat(api.as("gridworker1").get(BASE + "/parts/" + id + "/history").json().get(0).get("changes")
			.get("state").get("to").asString()).isEqualTo("DAMAGED");
		assertProblem(api.as("admin").get(BASE + "/parts?classCode=01"), 400, "validation");
		assertProblem(api.as("admin").get(BASE + "/parts/999999999"), 404, "not-found");
	}

	@Test
	void badPartsNameTheirFields() {
		var r = api.as("gridworker1").put(BASE + "/parts", part("4101050001000001", null, 95.0, null));
		assertProblem(r, 422, "validation");
		assertThat(r.errorFields()).containsExactlyInAnyOrder("code", "lng", "lat", "gridCode");
	}

	static List<Long> ids(Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return ids(r.json());
	}

	static List<Long> ids(JsonNode page) {
		return page.get("items").valueStream().map(n -> n.get("id").asLong()).toList();
	}

	static String enc(String s) {
		return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
	}
}
