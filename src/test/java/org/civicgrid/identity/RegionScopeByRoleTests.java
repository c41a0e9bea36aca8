package org.civicgrid.identity;

import java.util.List;
import java.util.Set;

import org.civicgrid.shared.Role;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/**
 * Every role sees the staff of the regions under its own region code and nothing else; residents and volunteers
 * see no staff data at all. Shown on {@code GET /api/v1/regions/{code}/staff}.
 */
class RegionScopeByRoleTests extends ApiTest {

	private static final Set<String> DUTIES = Set.of("GRID_LEADER", "GRID_WORKER", "ASSISTANT", "INFORMANT",
			"BUILDING_LEADER");


	/** Who signs in for a role, which codes it may read, and which it may not. */
	record Case(Api caller, List<String> inside, List<String> outside) {
	}

	private Case caseFor(Role role) {
		return switch (role) {
			case ADMIN -> new Case(api.as("admin"), List.of("410105560008007", "410105560001001"),
					List.of("410102001001001", "410106560001001"));
			case LEADER -> new Case(api.as("leader"), List.of("410105560005003", "410105560008007"),
					List.of("410105001001001", "410105561001001"));
			case STREET_STAFF -> new Case(api.as("dispatcher"), List.of("410105560008007", "410105560001001"),
					List.of("410105001001001", "410105561001001"));
			case SUPERVISOR -> new Case(api.as("supervisor"), List.of("410105560004002", "410105560008007"),
					List.of("410105001001001", "410105561001001"));
			case COMMUNITY_STAFF -> new Case(api.as("community1"), List.of("410105560001001", "410105560001007"),
					List.of("410105560002001", "410105560008007"));
			case GRID_LEADER -> {
				var account = TestAccounts.create(api, Role.GRID_LEADER, "410105560003002");
				yield new Case(signIn(account), List.of("410105560003002"),
						List.of("410105560003001", "410105560003003", "410105560004002"));
			}
			case GRID_WORKER -> new Case(api.as("gridworker1"), List.of("410105560001001"),
					List.of("410105560001002", "410105560002001"));
			case BUILDING_LEADER -> {
				String building = firstBuilding();
				String grid = building.substring(0, 15);
				var account = TestAccounts.create(api, Role.BUILDING_LEADER, building);
				// not even the grid the building lies in
				yield new Case(signIn(account), List.of(building), List.of(grid, "410105560002001"));
			}
			case DEPARTMENT_HANDLER -> new Case(api.as("handler"), List.of("410105560006001", "410105560002001"),
					List.of("410102001001001", "410106560001001"));
			case VOLUNTEER -> new Case(api.as("volunteer1"), List.of(),
					List.of("410105560001001", "410105560001002", "410105560008007"));
			case RESIDENT -> new Case(api.as("resident1"), List.of(),
					List.of("410105560001001", "410105560001002", "410105560008007"));
		};
	}

	private Api signIn(TestAccounts.Created account) {
		return api.withToken(api.tokenFor(account.username(), account.password()));
	}

	/** A building courtyard of the demo district that has staff recorded. */
	private String firstBuilding() {
		var tree = api.as("admin").get("/api/v1/regions/tree?root=410105560001&depth=2");
		assertThat(tree.status()).as(tree.body()).isEqualTo(200);
		for (JsonNode grid : tree.json().get("children")) {
			for (JsonNode building : grid.get("children")) {
				if (building.get("level").asString().equals("BUILDING")) {
					return building.get("code").asString();
				}
			}
		}
		throw new AssertionError("the demo community 410105560001 has no building courtyards: " + tree.body());
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Role.class)
	void eachRoleReadsTheStaffInsideItsScopeAndIsRefusedOutside(Role role) {
		Case c = caseFor(role);
		if (role.isStaff()) {
			assertThat(c.inside()).as("a staff role has a scope to read").isNotEmpty();
		}
		else {
			assertThat(c.inside()).isEmpty();
		}
		for (String code : c.inside()) {
			var r = c.caller().get("/api/v1/regions/" + code + "/staff");
			assertThat(r.status()).as("%s reading %s: %s", role, code, r.body()).isEqualTo(200);
			JsonNode staff = r.json();
			assertThat(staff.isArray()).isTrue();
			assertThat(staff.size()).as("staff of %s", code).isPositive();
			staff.forEach(member -> {
				assertThat(member.get("duty").asString()).isIn(DUTIES);
				assertThat(member.get("name").asString()).isNotBlank();
			});
		}
		for (String code : c.outside()) {
			var r = c.caller().get("/api/v1/regions/" + code + "/staff");
			assertProblem(r, 403, "out-of-scope");
			assertThat(r.json().get("detail").asString()).as("%s reading %s", role, code)
				.isEqualTo("区域 " + code + " 不在您的管辖范围内。");
			assertThat(r.body()).doesNotContain("\"duty\"");
		}
	}

	@Test
	void residentsAndVolunteersAreRefusedEvenTheirOwnCommunity() {
		for (String who : List.of("resident1", "volunteer1")) {
			var r = api.as(who).inEnglish().get("/api/v1/regions/410105560001/staff");
			assertProblem(r, 403, "out-of-scope");
			assertThat(r.json().get("title").asString()).isEqualTo("Outside your region");
			assertThat(r.json().get("detail").asString()).isEqualTo("Region 410105560001 lies outside your region scope.");
		}
	}

	@Test
	void aCodeOutsideTheScopeIsRefusedWhetherOrNotItExistsButOneInsideThatDoesNotExistIsNotFound() {
		Api dispatcher = api.as("dispatcher");
		assertProblem(dispatcher.get("/api/v1/regions/410105001001001/staff"), 403, "out-of-scope");
		assertProblem(dispatcher.get("/api/v1/regions/410105999001001/staff"), 403, "out-of-scope");

		var missing = dispatcher.get("/api/v1/regions/410105560099001/staff");
		assertProblem(missing, 404, "not-found");
		assertThat(missing.json().get("detail").asString()).isEqualTo("区域 410105560099001 不存在");
	}

	@Test
	void aGridWorkerSeesTheStaffOfHisGridButNotOfTheNeighbouringOne() {
		var own = api.as("gridworker1").get("/api/v1/regions/410105560001001/staff");
		assertThat(own.status()).isEqualTo(200);
		List<String> duties = own.json().valueStream().map(m -> m.get("duty").asString()).toList();
		assertThat(duties).contains("GRID_WORKER");

		var neighbour = api.as("gridworker1").get("/api/v1/regions/410105560001002/staff");
		assertProblem(neighbour, 403, "out-of-scope");

		var theOther = api.as("gridworker2").get("/api/v1/regions/410105560002001/staff");
		assertThat(theOther.status()).isEqualTo(200);
		assertProblem(api.as("gridworker2").get("/api/v1/regions/410105560001001/staff"), 403, "out-of-scope");
	}
}
