package org.civicgrid.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.civicgrid.shared.Role;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/** /api/v1/accounts: administrators open and keep accounts, each only inside his own region scope. */
@IntegrationTest
class AccountApiTests {

	@LocalServerPort
	int port;

	Api api;

	Api admin;

	@BeforeEach
	void setUp() {
		api = Api.on(port);
		admin = api.as("admin");
	}

	private long totalMatching(String query) {
		var r = admin.get("/api/v1/accounts?q=" + query);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().get("total").asLong();
	}

	private static List<String> usernames(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.get("items").forEach(a -> names.add(a.get("username").asString()));
		return names;
	}

	private static void assertNoSecrets(JsonNode account) {
		assertThat(account.has("password")).isFalse();
		assertThat(account.has("passwordHash")).isFalse();
		assertThat(account.has("password_hash")).isFalse();
		assertThat(account.toString()).doesNotContain("{bcrypt}").doesNotContain("$2a$");
	}

	@Test
	void listsAccountsPageByPage() {
		var first = admin.get("/api/v1/accounts?size=4");
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().get("page").asInt()).isZero();
		assertThat(first.json().get("size").asInt()).isEqualTo(4);
		assertThat(first.json().get("total").asLong()).isGreaterThanOrEqualTo(10);
		assertThat(first.json().get("items")).hasSize(4);
		first.json().get("items").forEach(a -> {
			assertThat(a.get("id").asLong()).isPositive();
			assertThat(a.get("username").asString()).isNotBlank();
			assertThat(a.get("role").asString()).isNotBlank();
			assertNoSecrets(a);
		});

		var second = admin.get("/api/v1/accounts?size=4&page=1");
		assertThat(second.json().get("page").asInt()).isEqualTo(1);
		assertThat(second.json().get("items")).hasSize(4);
		assertThat(usernames(second.json())).doesNotContainAnyElementsOf(usernames(first.json()));
		assertThat(second.json().get("total").asLong()).isEqualTo(first.json().get("total").asLong());
	}

	@Test
	void findsAccountsByUsernameOrName() {
		var r = admin.get("/api/v1/accounts?q=gridworker");
		assertThat(r.status()).isEqualTo(200);
		assertThat(usernames(r.json())).contains("gridworker1", "gridworker2").allMatch(u -> u.contains("gridworker"));
		assertThat(r.json().get("total").asLong()).isEqualTo(r.json().get("items").size());

		var demo = admin.get("/api/v1/accounts?q=gridworker1").json().get("items").get(0);
		assertThat(demo.get("role").asString()).isEqualTo("GRID_WORKER");
		assertThat(demo.get("regionCode").asString()).isEqualTo("410105560001001");
		assertThat(demo.get("enabled").asBoolean()).isTrue();
	}

	@Test
	void refusesAPageSizeOutsideTheLimits() {
		var r = admin.get("/api/v1/accounts?size=501");
		assertProblem(r, 400, "validation");
		assertThat(r.errorFields()).containsExactly("size");
		assertThat(r.json().get("errors").get(0).get("message").asString()).isEqualTo("每页条数应在 1 到 500 之间");
	}

	@Test
	void createsAnAccountAndAnswersWithItButNeverWithThePassword() {
		String username = TestAccounts.uniqueUsername("new-worker");
		var r = admin.post("/api/v1/accounts", TestAccounts.body(username, Role.GRID_WORKER, "410105560005002"));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		JsonNode created = r.json();
		assertThat(created.get("id").asLong()).isPositive();
		assertThat(created.get("username").asString()).isEqualTo(username);
		assertThat(created.get("displayName").asString()).isEqualTo("测试账户 " + username);
		assertThat(created.get("role").asString()).isEqualTo("GRID_WORKER");
		assertThat(created.get("regionCode").asString()).isEqualTo("410105560005002");
		assertThat(created.get("enabled").asBoolean()).isTrue();
		assertThat(created.get("createdAt").asString()).isNotBlank();
		assertNoSecrets(created);
		assertThat(r.body()).doesNotContain(TestAccounts.PASSWORD);

		var fetched = admin.get("/api/v1/accounts/" + created.get("id").asLong());
		assertThat(fetched.status()).isEqualTo(200);
		assertThat(fetched.json().get("username").asString()).isEqualTo(username);
		assertNoSecrets(fetched.json());

		String token = api.tokenFor(username, TestAccounts.PASSWORD);
		var staff = api.withToken(token).get("/api/v1/regions/410105560005002/staff");
		assertThat(staff.status()).as(staff.body()).isEqualTo(200);
		assertProblem(api.withToken(token).get("/api/v1/regions/410105560005003/staff"), 403, "out-of-scope");
	}

	@Test
	void refusesADuplicateUsername() {
		var existing = TestAccounts.create(api, Role.RESIDENT, null);
		var again = admin.post("/api/v1/accounts", TestAccounts.body(existing.username(), Role.LEADER, "410105560"));
		assertProblem(again, 409, "conflict");
		assertThat(again.json().get("detail").asString()).isEqualTo("用户名 " + existing.username() + " 已被使用");
		assertThat(totalMatching(existing.username())).isEqualTo(1);
		var kept = admin.get("/api/v1/accounts/" + existing.id()).json();
		assertThat(kept.get("role").asString()).isEqualTo("RESIDENT");
	}

	@Test
	void refusesTheDemoUsernamesToo() {
		var r = admin.inEnglish().post("/api/v1/accounts", TestAccounts.body("admin", Role.ADMIN, "410105"));
		assertProblem(r, 409, "conflict");
		assertThat(r.json().get("detail").asString()).isEqualTo("username admin is taken");
	}

	static Stream<Arguments> invalidAccounts() {
		return Stream.of(
				Arguments.of("a password shorter than 8", "password", (Consumer<Map<String, Object>>) b -> b.put("password", "short")),
				Arguments.of("a username with a space and !", "username", (Consumer<Map<String, Object>>) b -> b.put("username", "bad name!")),
				Arguments.of("a username with Chinese characters", "username", (Consumer<Map<String, Object>>) b -> b.put("username", "张三丰")),
				Arguments.of("a username of two characters", "username", (Consumer<Map<String, Object>>) b -> b.put("username", "ab")),
				Arguments.of("a blank display name", "displayName", (Consumer<Map<String, Object>>) b -> b.put("displayName", " ")),
				Arguments.of("no role", "role", (Consumer<Map<String, Object>>) b -> b.remove("role")),
				Arguments.of("a region code of 8 digits", "regionCode", (Consumer<Map<String, Object>>) b -> b.put("regionCode", "41010556")),
				Arguments.of("a region code with letters", "regionCode", (Consumer<Map<String, Object>>) b -> b.put("regionCode", "410105560abc")),
				Arguments.of("a staff role without a region", "regionCode", (Consumer<Map<String, Object>>) b -> b.remove("regionCode")),
				Arguments.of("a staff role with a blank region", "regionCode", (Consumer<Map<String, Object>>) b -> b.put("regionCode", "")),
				Arguments.of("a region that does not exist", "regionCode", (Consumer<Map<String, Object>>) b -> b.put("regionCode", "410105560099")));
	}

	@ParameterizedTest(name = "{0} is refused, naming {1}")
	@MethodSource("invalidAccounts")
	void refusesAnInvalidAccountNamingTheField(String what, String field, Consumer<Map<String, Object>> spoil) {
		String username = TestAccounts.uniqueUsername("invalid");
		Map<String, Object> body = TestAccounts.body(username, Role.GRID_WORKER, "410105560002003");
		spoil.accept(body);
		var r = admin.post("/api/v1/accounts", body);
		assertProblem(r, 422, "validation");
		assertThat(r.errorFields()).containsExactly(field);
		assertThat(r.json().get("errors").get(0).get("message").asString()).isNotBlank();
		assertThat(totalMatching(username)).isZero();
	}

	@Test
	void namesEveryInvalidFieldAtOnce() {
		var r = admin.inEnglish().post("/api/v1/accounts", Map.of("username", "no spaces allowed", "displayName", "x",
				"password", "short", "regionCode", "4101"));
		assertProblem(r, 422, "validation");
		assertThat(r.errorFields()).containsExactlyInAnyOrder("username", "password", "role", "regionCode");
		assertThat(r.json().get("detail").asString()).isEqualTo("4 input problem(s); see errors for each field.");
	}

	@Test
	void refusesAnUnknownRoleAsAnUnreadableField() {
		var body = TestAccounts.body(TestAccounts.uniqueUsername("king"), Role.LEADER, "410105560");
		body.put("role", "KING");
		var r = admin.post("/api/v1/accounts", body);
		assertProblem(r, 400, "malformed-body");
		assertThat(r.errorFields()).containsExactly("role");
	}

	/** A signed-in caller of the role: the demo account, or a fresh one for roles the demo has none of. */
	private Api callerOf(Role role) {
		String demo = switch (role) {
			case LEADER -> "leader";
			case STREET_STAFF -> "dispatcher";
			case SUPERVISOR -> "supervisor";
			case COMMUNITY_STAFF -> "community1";
			case GRID_WORKER -> "gridworker1";
			case DEPARTMENT_HANDLER -> "handler";
			case RESIDENT -> "resident1";
			case VOLUNTEER -> "volunteer1";
			default -> null;
		};
		if (demo != null) {
			return api.as(demo);
		}
		var account = TestAccounts.create(api, role, "410105560001001");
		return api.withToken(api.tokenFor(account.username(), account.password()));
	}

	@ParameterizedTest(name = "{0} may not list, read, open or change accounts")
	@EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "ADMIN")
	void everyOtherRoleIsRefused(Role role) {
		Api caller = callerOf(role);
		String username = role.name().toLowerCase();
		var list = caller.get("/api/v1/accounts");
		assertProblem(list, 403, "forbidden");
		assertThat(list.body()).doesNotContain("items").doesNotContain("gridworker");

		var target = TestAccounts.create(api, Role.RESIDENT, null);
		assertProblem(caller.get("/api/v1/accounts/" + target.id()), 403, "forbidden");

		String username2 = TestAccounts.uniqueUsername("by-" + username);
		var create = caller.post("/api/v1/accounts", TestAccounts.body(username2, Role.GRID_WORKER, "410105560001001"));
		assertProblem(create, 403, "forbidden");
		assertThat(create.json().get("detail").asString()).isEqualTo("您的角色无权进行此操作。");
		assertThat(totalMatching(username2)).isZero();

		assertProblem(caller.patch("/api/v1/accounts/" + target.id(), Map.of("enabled", false)), 403, "forbidden");
		assertProblem(caller.post("/api/v1/accounts/" + target.id() + "/password", Map.of("password", "taken-over-1")),
				403, "forbidden");
		assertThat(admin.get("/api/v1/accounts/" + target.id()).json().get("enabled").asBoolean()).isTrue();
		assertThat(api.tokenFor(target.username(), target.password())).isNotBlank();
	}

	@Test
	void disablingAnAccountEndsItsTokensAndItsLogins() {
		var account = TestAccounts.create(api, Role.COMMUNITY_STAFF, "410105560006");
		String token = api.tokenFor(account.username(), account.password());
		assertThat(api.withToken(token).get("/api/v1/regions/410105560006001/staff").status()).isEqualTo(200);

		var patch = admin.patch("/api/v1/accounts/" + account.id(), Map.of("enabled", false));
		assertThat(patch.status()).as(patch.body()).isEqualTo(200);
		assertThat(patch.json().get("enabled").asBoolean()).isFalse();
		assertThat(patch.json().get("username").asString()).isEqualTo(account.username());
		assertThat(patch.json().get("role").asString()).isEqualTo("COMMUNITY_STAFF");
		assertThat(patch.json().get("regionCode").asString()).isEqualTo("410105560006");

		assertProblem(api.withToken(token).get("/api/v1/regions/410105560006001/staff"), 401, "invalid-token");

		var login = api.post("/api/v1/auth/token", Map.of("username", account.username(), "password", account.password()));
		assertProblem(login, 403, "account-disabled");
		assertThat(login.json().get("detail").asString()).isEqualTo("该账户已停用，请联系管理员。");

		var enable = admin.patch("/api/v1/accounts/" + account.id(), Map.of("enabled", true));
		assertThat(enable.json().get("enabled").asBoolean()).isTrue();
		assertProblem(api.withToken(token).get("/api/v1/regions/410105560006001/staff"), 401, "invalid-token");
		assertThat(api.tokenFor(account.username(), account.password())).isNotBlank();
	}

	@Test
	void changingAnAccountsScopeEndsItsTokens() {
		var account = TestAccounts.create(api, Role.GRID_WORKER, "410105560007001");
		String token = api.tokenFor(account.username(), account.password());

		var patch = admin.patch("/api/v1/accounts/" + account.id(), Map.of("regionCode", "410105560007002"));
		assertThat(patch.status()).as(patch.body()).isEqualTo(200);
		assertThat(patch.json().get("regionCode").asString()).isEqualTo("410105560007002");
		assertProblem(api.withToken(token).get("/api/v1/regions/410105560007001/staff"), 401, "invalid-token");

		Api moved = api.withToken(api.tokenFor(account.username(), account.password()));
		assertThat(moved.get("/api/v1/regions/410105560007002/staff").status()).isEqualTo(200);
		assertProblem(moved.get("/api/v1/regions/410105560007001/staff"), 403, "out-of-scope");
	}

	@Test
	void renamingAnAccountKeepsItsTokens() {
		var account = TestAccounts.create(api, Role.GRID_WORKER, "410105560007003");
		String token = api.tokenFor(account.username(), account.password());
		var patch = admin.patch("/api/v1/accounts/" + account.id(), Map.of("displayName", "新名字"));
		assertThat(patch.status()).as(patch.body()).isEqualTo(200);
		assertThat(patch.json().get("displayName").asString()).isEqualTo("新名字");
		var staff = api.withToken(token).get("/api/v1/regions/410105560007003/staff");
		assertThat(staff.status()).as(staff.body()).isEqualTo(200);
		assertThat(staff.json().isArray()).isTrue();
	}

	@Test
	void anAdministratorCannotDisableOrDemoteHimself() {
		var second = TestAccounts.create(api, Role.ADMIN, "410105560");
		Api self = api.withToken(api.tokenFor(second.username(), second.password()));

		var disable = self.patch("/api/v1/accounts/" + second.id(), Map.of("enabled", false));
		assertProblem(disable, 409, "conflict");
		assertThat(disable.json().get("detail").asString()).isEqualTo("不能停用自己或取消自己的管理员角色");

		var demote = self.inEnglish().patch("/api/v1/accounts/" + second.id(), Map.of("role", "LEADER"));
		assertProblem(demote, 409, "conflict");
		assertThat(demote.json().get("detail").asString())
			.isEqualTo("you cannot disable yourself or drop your own administrator role");

		var still = self.get("/api/v1/accounts/" + second.id());
		assertThat(still.status()).as(still.body()).isEqualTo(200);
		assertThat(still.json().get("enabled").asBoolean()).isTrue();
		assertThat(still.json().get("role").asString()).isEqualTo("ADMIN");
	}

	@Test
	void answersNotFoundForAnAccountThatDoesNotExist() {
		var r = admin.get("/api/v1/accounts/987654321");
		assertProblem(r, 404, "not-found");
		assertThat(r.json().get("detail").asString()).isEqualTo("账户 987654321 不存在");
	}

	@Test
	void aStreetAdministratorCannotReachPastHisOwnStreet() {
		var streetAdmin = TestAccounts.create(api, Role.ADMIN, "410105560");
		Api street = api.withToken(api.tokenFor(streetAdmin.username(), streetAdmin.password()));

		// an account of the district, outside the street
		var countyHandler = TestAccounts.create(api, Role.DEPARTMENT_HANDLER, "410105");
		var reach = street.patch("/api/v1/accounts/" + countyHandler.id(), Map.of("enabled", false));
		assertProblem(reach, 403, "out-of-scope");
		assertProblem(street.get("/api/v1/accounts/" + countyHandler.id()), 403, "out-of-scope");
		assertProblem(street.post("/api/v1/accounts/" + countyHandler.id() + "/password", Map.of("password", "taken-over-1")),
				403, "out-of-scope");
		assertThat(admin.get("/api/v1/accounts/" + countyHandler.id()).json().get("enabled").asBoolean()).isTrue();
		assertThat(api.tokenFor(countyHandler.username(), countyHandler.password())).isNotBlank();

		// nor can he move an account of his street out of it
		var own = TestAccounts.create(api, Role.GRID_WORKER, "410105560008001");
		assertProblem(street.patch("/api/v1/accounts/" + own.id(), Map.of("regionCode", "410105")), 403, "out-of-scope");
		assertThat(admin.get("/api/v1/accounts/" + own.id()).json().get("regionCode").asString()).isEqualTo("410105560008001");

		var outside = street.post("/api/v1/accounts",
				TestAccounts.body(TestAccounts.uniqueUsername("county"), Role.DEPARTMENT_HANDLER, "410105"));
		assertProblem(outside, 403, "out-of-scope");
	}

	@Test
	void aCommunityAdministratorOpensAccountsOnlyInHisCommunityAndSeesOnlyThose() {
		var communityAdmin = TestAccounts.create(api, Role.ADMIN, "410105560001");
		Api community = api.withToken(api.tokenFor(communityAdmin.username(), communityAdmin.password()));

		String elsewhere = TestAccounts.uniqueUsername("elsewhere");
		var refused = community.post("/api/v1/accounts", TestAccounts.body(elsewhere, Role.GRID_WORKER, "410105560002001"));
		assertProblem(refused, 403, "out-of-scope");
		assertThat(refused.json().get("detail").asString()).isEqualTo("区域 410105560002001 不在您的管辖范围内。");
		assertThat(totalMatching(elsewhere)).isZero();

		String inside = TestAccounts.uniqueUsername("inside");
		var created = community.post("/api/v1/accounts", TestAccounts.body(inside, Role.GRID_WORKER, "410105560001002"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("regionCode").asString()).isEqualTo("410105560001002");

		var list = community.get("/api/v1/accounts?size=500");
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		JsonNode page = list.json();
		assertThat(page.get("total").asLong()).isEqualTo(page.get("items").size());
		Set<String> names = new HashSet<>(usernames(page));
		assertThat(names).contains("community1", "gridworker1", communityAdmin.username(), inside)
			.doesNotContain("admin", "leader", "dispatcher", "supervisor", "gridworker2", "handler");
		page.get("items").forEach(a -> {
			String region = a.path("regionCode").isMissingNode() ? null : a.get("regionCode").asString();
			assertThat(region).as("scope of %s", a.get("username").asString()).satisfiesAnyOf(
					r -> assertThat(r).isNull(), r -> assertThat(r).startsWith("410105560001"));
		});

		long gridworker2 = admin.get("/api/v1/accounts?q=gridworker2").json().get("items").get(0).get("id").asLong();
		assertProblem(community.get("/api/v1/accounts/" + gridworker2), 403, "out-of-scope");
		assertThat(community.get("/api/v1/accounts?q=gridworker2").json().get("total").asLong()).isZero();
	}
}
