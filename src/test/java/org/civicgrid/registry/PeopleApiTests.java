package org.civicgrid.registry;

import java.util.List;
import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.PeopleFixtures.GRID;
import static org.civicgrid.registry.PeopleFixtures.PATH;
import static org.civicgrid.registry.PeopleFixtures.person;
import static org.civicgrid.registry.PeopleFixtures.register;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/** Registering, reading and searching people over the API: identifiers always masked, exact search by them. */
class PeopleApiTests extends ApiTest {

	@Test
	void aRegisteredPersonIsReadBackWithIdNumberAndPhoneMasked() {
		String id = PeopleFixtures.idNumberEnding123X();
		String phone = PeopleFixtures.mobileEnding5678();
		var created = api.as("community1").post(PATH, person("王建国", id, phone, GRID, "独居老人", "退役军人"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long personId = created.json().get("id").asLong();

		var r = api.as("community1").get(PATH + "/" + personId);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		JsonNode p = r.json();
		assertThat(p.get("idNumber").asString()).isEqualTo("410105********123X");
		assertThat(p.get("phone").asString()).isEqualTo("138****5678");
		assertThat(p.get("documentType").asString()).isEqualTo("ID_CARD");
		assertThat(p.get("name").asString()).isEqualTo("王建国");
		assertThat(p.get("sex").asString()).isEqualTo("MALE");
		assertThat(p.get("birthDate").asString()).isEqualTo(id.substring(6, 10) + "-" + id.substring(10, 12) + "-"
				+ id.substring(12, 14));
		assertThat(p.get("tags").valueStream().map(JsonNode::asString)).containsExactly("独居老人", "退役军人");
		assertThat(p.get("gridCode").asString()).isEqualTo(GRID);
		assertThat(r.body()).doesNotContain(id).doesNotContain(phone);
		assertThat(created.body()).doesNotContain(id).doesNotContain(phone);
	}

	@Test
	void peopleAreFoundByExactIdNumberExactPhoneNameSubstringAndTag() {
		String id = PeopleFixtures.idNumber();
		String phone = PeopleFixtures.mobile();
		long personId = register(api.as("community1"), person("欧阳明月", id, phone, GRID, "残疾人"));
		var community1 = api.as("community1");

		assertThat(ids(community1.get(PATH + "?idNumber=" + id))).containsExactly(personId);
		assertThat(ids(community1.get(PATH + "?idNumber=" + id.toLowerCase()))).containsExactly(personId);
		assertThat(ids(community1.get(PATH + "?phone=" + phone))).containsExactly(personId);
		assertThat(ids(community1.get(PATH + "?phone=%2B86%20" + phone))).containsExactly(personId);
		assertThat(ids(community1.get(PATH + "?q=%E9%98%B3%E6%98%8E&size=500"))).contains(personId); // 阳明
		assertThat(ids(community1.get(PATH + "?q=%E6%AC%A7%E9%98%B3%E6%98%8E&size=500"))).contains(personId); // 欧阳明
		assertThat(ids(community1.get(PATH + "?q=%E6%9C%88&size=500"))).contains(personId); // 月
		assertThat(ids(community1.get(PATH + "?q=%E6%98%8E%E9%98%B3&size=500"))).doesNotContain(personId); // 明阳
		assertThat(ids(community1.get(PATH + "?q=%25%25%25&size=500"))).isEmpty(); // %%% is text, not a pattern
		assertThat(ids(community1.get(PATH + "?q=%E9%98%B3%E6%98%8E&tag=%E6%AE%8B%E7%96%BE%E4%BA%BA&size=500")))
			.contains(personId); // 阳明, 残疾人
		assertThat(ids(community1.get(PATH + "?q=%E9%98%B3%E6%98%8E&tag=%E4%BD%8E%E4%BF%9D&size=500")))
			.doesNotContain(personId); // 阳明, 低保
		assertThat(ids(community1.get(PATH + "?idNumber=" + id + "&region=410105560001002"))).isEmpty();
		assertThat(ids(community1.get(PATH + "?idNumber=" + PeopleFixtures.idNumber()))).isEmpty();

		var page = community1.get(PATH + "?idNumber=" + id);
		assertThat(page.json().get("total").asLong()).isEqualTo(1);
		assertThat(page.body()).doesNotContain(id).doesNotContain(phone);
	}

	@Test
	void aDuplicateIdNumberIsAConflictHoweverItIsWritten() {
		String id = PeopleFixtures.idNumberEnding123X();
		register(api.as("community1"), person("李秀英", id, null, GRID));
		assertProblem(api.as("community1").post(PATH, person("李秀英", id, null, GRID)), 409, "conflict");
		String lowerFullWidth = fullWidth(id.substring(0, 17)) + "x";
		assertProblem(api.as("community1").post(PATH, person("李秀英", lowerFullWidth, null, "410105560001002")),
				409, "conflict");
	}

	@Test
	void idNumbersWithALowercaseXOrFullWidthDigitsAreAcceptedAndStoredCanonically() {
		String lower = PeopleFixtures.idNumberEnding123X();
		long a = register(api.as("community1"), person("张桂兰", lower.toLowerCase(), null, GRID));
		assertThat(ids(api.as("community1").get(PATH + "?idNumber=" + lower))).containsExactly(a);

		String wide = PeopleFixtures.idNumber();
		long b = register(api.as("community1"), person("张桂芳", fullWidth(wide), "１３９ ００００ ５６７８", GRID));
		assertThat(ids(api.as("community1").get(PATH + "?idNumber=" + wide))).containsExactly(b);
		assertThat(api.as("community1").get(PATH + "/" + b).json().get("phone").asString()).isEqualTo("139****5678");
	}

	@Test
	void anInvalidBodyIsRefusedNamingEveryWrongField() {
		String first17 = PeopleFixtures.idNumber().substring(0, 17);
		var r = api.as("community1").post(PATH, person("", IdNumbers.withWrongCheck(first17), "12345", "410105560001099",
				"独居老人", "不存在的标签"));
		assertProblem(r, 422, "validation");
		assertThat(r.errorFields()).containsExactlyInAnyOrder("name", "idNumber", "phone", "gridCode", "tags");
		assertThat(r.body()).doesNotContain(first17);

		var checkDigit = api.as("community1").post(PATH, person("赵四", IdNumbers.withWrongCheck(first17), null, GRID));
		assertProblem(checkDigit, 422, "validation");
		assertThat(checkDigit.errorFields()).containsExactly("idNumber");
		assertThat(checkDigit.json().get("errors").get(0).get("message").asString()).contains("校验码");

		assertThat(api.as("community1").post(PATH, person("赵四", null, null, null)).errorFields())
			.containsExactly("gridCode");
	}

	@Test
	void aPassportIsTypedAndMaskedAndFoundByItsNumber() {
		String passport = "E" + PeopleFixtures.idNumber().substring(9, 17);
		Map<String, Object> body = person("John Smith", passport.toLowerCase(), null, GRID);
		body.put("documentType", "PASSPORT");
		long id = register(api.as("community1"), body);
		JsonNode p = api.as("community1").get(PATH + "/" + id).json();
		assertThat(p.get("documentType").asString()).isEqualTo("PASSPORT");
		assertThat(p.get("idNumber").asString()).isEqualTo("E*******" + passport.substring(8));
		assertThat(ids(api.as("community1").get(PATH + "?idNumber=" + passport))).containsExactly(id);
	}

	@Test
	void aBuildingMustLieInThePersonsGrid() {
		var tree = api.as("admin").get("/api/v1/regions/tree?root=" + GRID + "&depth=1");
		assertThat(tree.status()).as(tree.body()).isEqualTo(200);
		String building = tree.json().get("children").get(0).get("code").asString();
		Map<String, Object> body = person("何家英", PeopleFixtures.idNumber(), null, GRID);
		body.put("buildingCode", building);
		long id = register(api.as("community1"), body);
		assertThat(api.as("community1").get(PATH + "/" + id).json().get("buildingCode").asString()).isEqualTo(building);

		Map<String, Object> elsewhere = person("何家英", PeopleFixtures.idNumber(), null, "410105560001002");
		elsewhere.put("buildingCode", building);
		var r = api.as("community1").post(PATH, elsewhere);
		assertProblem(r, 422, "validation");
		assertThat(r.errorFields()).containsExactly("buildingCode");
	}

	@Test
	void badSearchParametersAreBadRequests() {
		var community1 = api.as("community1");
		assertThat(community1.get(PATH + "?region=abc").errorFields()).containsExactly("region");
		assertProblem(community1.get(PATH + "?region=abc"), 400, "validation");
		assertProblem(community1.get(PATH + "?tag=VIP"), 400, "validation");
		assertThat(community1.get(PATH + "?tag=VIP").errorFields()).containsExactly("tag");
		assertProblem(community1.get(PATH + "?phone=12"), 400, "validation");
		assertProblem(community1.get(PATH + "?size=501"), 400, "validation");
	}

	static List<Long> ids(org.civicgrid.testing.Api.Response r) {
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().get("items").valueStream().map(p -> p.get("id").asLong()).toList();
	}

	static String fullWidth(String s) {
		StringBuilder out = new StringBuilder();
		s.chars().forEach(c -> out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : (char) c));
		return out.toString();
	}
}
