package org.civicgrid.registry;

import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.registry.PeopleApiTests.ids;
import static org.civicgrid.registry.PeopleFixtures.GRID;
import static org.civicgrid.registry.PeopleFixtures.PATH;
import static org.civicgrid.registry.PeopleFixtures.person;
import static org.civicgrid.registry.PeopleFixtures.register;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/** Region scope on people: a grid worker sees his grid's people, not the next grid's; residents see none. */
class PeopleScopeTests extends ApiTest {

	@Test
	void aGridWorkerReadsAndFindsThePeopleOfHisGridOnly() {
		String id = PeopleFixtures.idNumber();
		String phone = PeopleFixtures.mobile();
		long personId = register(api.as("community1"), person("孙丽娟", id, phone, GRID, "低保"));

		assertThat(api.as("gridworker1").get(PATH + "/" + personId).status()).isEqualTo(200);
		assertThat(ids(api.as("gridworker1").get(PATH + "?idNumber=" + id))).containsExactly(personId);

		assertProblem(api.as("gridworker2").get(PATH + "/" + personId), 403, "out-of-scope");
		assertProblem(api.as("gridworker2").get(PATH + "/" + personId + "/history"), 403, "out-of-scope");
		assertThat(ids(api.as("gridworker2").get(PATH + "?idNumber=" + id))).isEmpty();
		assertThat(ids(api.as("gridworker2").get(PATH + "?phone=" + phone))).isEmpty();
		assertThat(ids(api.as("gridworker2").get(PATH + "?q=%E5%AD%99%E4%B8%BD%E5%A8%9F&size=500"))) // 孙丽娟
			.doesNotContain(personId);
		assertThat(ids(api.as("gridworker2").get(PATH + "?region=410105560001&size=500"))).doesNotContain(personId);
		assertProblem(api.as("gridworker2").patch(PATH + "/" + personId, Map.of("notes", "改")), 403, "out-of-scope");
	}

	@Test
	void residentsAndVolunteersAreRefusedEverything() {
		long personId = register(api.as("community1"), person("周晓梅", PeopleFixtures.idNumber(), null, GRID));
		for (String who : new String[] { "resident1", "volunteer1" }) {
			assertProblem(api.as(who).get(PATH + "/" + personId), 403, "forbidden");
			assertProblem(api.as(who).get(PATH + "?q=%E5%91%A8"), 403, "forbidden");
			assertProblem(api.as(who).post(PATH, person("周晓梅", PeopleFixtures.idNumber(), null, GRID)), 403,
					"forbidden");
			assertProblem(api.as(who).post(PATH + "/" + personId + "/reveal", Map.of("reason", "想看看号码")), 403,
					"forbidden");
		}
	}

	@Test
	void registeringInAGridOutsideTheScopeIsRefusedAndAnUnknownGridInsideItIsInvalid() {
		assertProblem(api.as("community1").post(PATH, person("吴刚", PeopleFixtures.idNumber(), null,
				"410105560002001")), 403, "out-of-scope");
		assertProblem(api.as("gridworker1").post(PATH, person("吴刚", PeopleFixtures.idNumber(), null,
				"410105560001002")), 403, "out-of-scope");
		var unknown = api.as("community1").post(PATH, person("吴刚", PeopleFixtures.idNumber(), null,
				"410105560001099"));
		assertProblem(unknown, 422, "validation");
		assertThat(unknown.errorFields()).containsExactly("gridCode");
	}

	@Test
	void aPersonCannotBeMovedToAGridOutsideTheScope() {
		long personId = register(api.as("community1"), person("郑伟", PeopleFixtures.idNumber(), null, GRID));
		assertProblem(api.as("community1").patch(PATH + "/" + personId, Map.of("gridCode", "410105560002001")), 403,
				"out-of-scope");
		assertThat(api.as("community1").get(PATH + "/" + personId).json().get("gridCode").asString()).isEqualTo(GRID);
	}

	@Test
	void anUnknownPersonIsNotFound() {
		assertProblem(api.as("admin").get(PATH + "/999999999"), 404, "not-found");
	}
}
