package org.civicgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The staff's home pages count what the API lists for the same account at the same moment: the cases waiting for
 * them by colour and the most pressing ones (grid worker on a phone, community staff, handler, dispatcher and
 * supervisor at a desk), the supervisor's checks and the colours in their scope, the leader's month against the
 * indicators, the administrator's accounts, regions and categories. The clock stands still, so a colour cannot
 * change between the API's answer and the page's. Screenshots in {@code target/screenshots/home-*.png}.
 */
class StaffHomeBrowserTests extends BrowserTest {

	@Autowired
	MovableClock clock;

	private HomeApiCounts api;

	@BeforeEach
	void stopTheClock() {
		// Wednesday 2 December 2026, 10:00 in Shanghai
		clock.stopAt("2026-12-02T10:00"); // which forgets the tokens issued on the wall clock's day
		api = new HomeApiCounts(Api.on(port));
	}

	@ParameterizedTest(name = "{0} at {1}")
	@CsvSource({ "gridworker1,phone", "community1,desk", "handler,desk", "dispatcher,desk", "supervisor,desk" })
	void theTasksByColourAndTheMostPressingAreTheOnesTheApiListsForTheCaller(String user, String viewport) {
		// a case waiting for the field (to verify) and, dispatched to the department, one for the handler
		long id = api.report("resident1", "楼道堆放杂物 " + marker());
		long toDepartment = api.report("resident1", "路灯不亮 " + marker());
		api.step("gridworker1", toDepartment, "verify", Map.of());
		api.step("dispatcher", toDepartment, "file", Map.of());
		api.step("dispatcher", toDepartment, "dispatch", Map.of("assigneeLevel", "DEPARTMENT", "assigneeUnit", "CGZF"));

		Page page = signedIn(user, "phone".equals(viewport));
		for (String colour : List.of("GREEN", "YELLOW", "RED")) {
			assertThat(count(page, "#home-tasks-" + colour.toLowerCase())).as(user + " " + colour)
				.isEqualTo(api.waiting(user, "colour=" + colour).size());
		}
		List<JsonNode> waiting = api.waiting(user, "");
		assertThat(count(page, "#home-tasks-total")).as(user).isEqualTo(waiting.size()).isPositive();
		assertThat(page.locator("#home-pressing .case-card").evaluateAll("cards => cards.map(c => c.dataset.id)"))
			.as(user + ": the five whose deadline comes first").isEqualTo(api.pressing(user, 5));
		assertThat(waiting).extracting(c -> c.path("id").asLong())
			.contains(user.equals("handler") ? toDepartment : id);
		assertThat(count(page, "#home-unread"))
			.isEqualTo(Api.on(port).as(user).get("/api/v1/inbox/unread-count").json().path("unread").asLong());
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("nothing scrolls sideways").isTrue();
		Browser.screenshot(page, "home-" + user + "-" + viewport);

		// each count leads to the list of those cases
		page.click("#home-tasks-total");
		page.waitForURL(url -> url.endsWith("/cases/mine"));
		assertThat(page.locator("#my-cases .case-card").count()).isEqualTo(Math.min(200, waiting.size()));
	}

	@Test
	void theGridWorkersRedCountMovesWhenAReportWaitsTooLongAndLeadsToTheRedCases() {
		Page page = signedIn("gridworker1", true);
		long red = count(page, "#home-tasks-red");
		long green = count(page, "#home-tasks-green");
		assertThat(red).isEqualTo(api.waiting("gridworker1", "colour=RED").size());

		// a resident reports in the grid: green while the quarter of an hour to answer runs, then red
		long id = api.report("resident1", "井盖松动 " + marker());
		page.reload();
		assertThat(count(page, "#home-tasks-green")).isEqualTo(green + 1);
		assertThat(count(page, "#home-tasks-red")).isEqualTo(red);
		clock.advance(Duration.ofMinutes(20));
		long redNow = api.waiting("gridworker1", "colour=RED").size();
		page.reload();
		assertThat(count(page, "#home-tasks-red")).isEqualTo(redNow).isGreaterThanOrEqualTo(red + 1);
		assertThat(page.locator("#home-pressing .case-card").first().getAttribute("data-id"))
			.isEqualTo(api.pressing("gridworker1", 1).get(0));
		Browser.screenshot(page, "home-gridworker1-red");

		page.click("#home-tasks-red");
		page.waitForURL(url -> url.contains("/cases/mine?colour=RED"));
		assertThat(page.locator("#mine-filter-name").innerText()).isEqualTo("超期");
		assertThat(page.locator("#my-cases .case-card").count()).isEqualTo((int) Math.min(200, redNow));
		assertThat(page.locator("#my-cases .case-card[data-id='" + id + "']").count()).isEqualTo(1);
		assertThat(page.locator("#my-cases .case-colour").allInnerTexts()).containsOnly("超期");
		Browser.screenshot(page, "home-gridworker1-red-list");

		// a colour that is none is a bad request, not an error of the server
		assertThat(page.navigate(base() + "/cases/mine?colour=PURPLE").status()).isEqualTo(400);

		// once verified it waits for the dispatcher, no longer for the grid worker
		api.step("gridworker1", id, "verify", Map.of());
		page.navigate(base() + "/");
		assertThat(count(page, "#home-tasks-red")).isEqualTo(redNow - 1);
	}

	@Test
	void theSupervisorSeesWhatWaitsForTheCheckAndWhatIsOverdueInTheStreet() {
		long id = api.report("resident1", "绿化带垃圾 " + marker());
		api.step("gridworker1", id, "verify", Map.of());
		api.step("dispatcher", id, "file", Map.of());
		api.step("dispatcher", id, "dispatch", Map.of("assigneeLevel", "GRID", "assigneeUnit", HomeApiCounts.GRID,
				"assigneeUser", "gridworker1"));
		api.step("gridworker1", id, "accept", Map.of());
		api.step("gridworker1", id, "handle", Map.of("note", "已清理"));

		Page page = signedIn("supervisor", false);
		long toCheck = api.total("supervisor", "status=HANDLED");
		assertThat(count(page, "#home-to-check")).isEqualTo(toCheck).isPositive();
		assertThat(count(page, "#home-scope-red")).isEqualTo(api.total("supervisor", "colour=RED"));
		assertThat(count(page, "#home-scope-yellow")).isEqualTo(api.total("supervisor", "colour=YELLOW"));
		assertThat(page.locator("#home-supervision-board").getAttribute("href")).isEqualTo("/cases/supervision");
		Browser.screenshot(page, "home-supervisor-desk");

		page.click("#home-to-check");
		page.waitForURL(url -> url.contains("/cases/mine?status=HANDLED"));
		assertThat(page.locator("#mine-filter-name").innerText()).isEqualTo("已反馈");
		assertThat(page.locator("#my-cases .case-card").count()).isEqualTo((int) Math.min(200, toCheck));
		assertThat(page.locator("#my-cases .case-card[data-id='" + id + "']").count()).isEqualTo(1);
	}

	@Test
	void theLeadersMonthIsTheIndicatorsOfTheStreetAndMovesWithANewCase() {
		Page page = signedIn("leader", false);
		assertLeaderFiguresMatchTheApi(page);
		long filed = count(page, "#home-filed");

		long id = api.report("resident1", "占道经营 " + marker());
		api.step("gridworker1", id, "verify", Map.of());
		api.step("dispatcher", id, "file", Map.of());
		page.reload();
		assertThat(count(page, "#home-filed")).isEqualTo(filed + 1);
		assertLeaderFiguresMatchTheApi(page);
		page.waitForSelector("#home-chart[data-ready=true] canvas");
		assertThat(page.locator("#home-overview-period").innerText()).isEqualTo("2026-12-01 至 2026-12-02");
		Browser.screenshot(page, "home-leader-desk");
	}

	private void assertLeaderFiguresMatchTheApi(Page page) {
		JsonNode total = Api.on(port).as("leader")
			.get("/api/v1/cases/indicators?from=" + LocalDate.of(2026, 12, 1) + "&to=" + LocalDate.of(2026, 12, 2))
			.json().path("total");
		assertThat(count(page, "#home-filed")).isEqualTo(total.path("filed").asLong());
		assertRate(page.locator("#home-on-time .home-tile-count").innerText(), total.path("onTimeClosureRate"));
		String satisfaction = page.locator("#home-satisfaction .home-tile-count").innerText();
		if (total.hasNonNull("satisfaction")) {
			assertThat(Double.parseDouble(satisfaction)).isCloseTo(total.path("satisfaction").asDouble(), within(0.005));
		}
		else {
			assertThat(satisfaction).isEqualTo("—");
		}
		assertThat(count(page, "#home-overdue")).isEqualTo(api.total("leader", "colour=RED"));
		JsonNode people = Api.on(port).as("leader").get("/api/v1/registry/statistics").json();
		assertThat(count(page, "#home-population")).isEqualTo(people.path("population").asLong());
		assertThat(count(page, "#home-households")).isEqualTo(people.path("households").asLong());
	}

	private static void assertRate(String shown, JsonNode rate) {
		if (rate.isNull() || rate.isMissingNode()) {
			assertThat(shown).isEqualTo("—");
			return;
		}
		assertThat(Double.parseDouble(shown.replace("%", "")) / 100).isCloseTo(rate.asDouble(), within(0.0005));
	}

	@Test
	void theAdministratorCountsAccountsRegionsAndCategoriesOfTheDistrict() {
		Page page = signedIn("admin", false);
		Api admin = Api.on(port).as("admin");
		assertThat(count(page, "#home-accounts")).isEqualTo(admin.get("/api/v1/accounts?size=1").json().path("total").asLong());
		assertThat(count(page, "#home-categories")).isEqualTo(admin.get("/api/v1/cases/categories").json().size());
		JsonNode district = admin.get("/api/v1/regions/tree?root=410105&depth=3").json();
		long streets = district.path("children").size();
		long communities = 0;
		long grids = 0;
		for (JsonNode street : district.path("children")) {
			communities += street.path("children").size();
			for (JsonNode community : street.path("children")) {
				grids += community.path("children").size();
			}
		}
		assertThat(count(page, "#home-regions-street")).isEqualTo(streets);
		assertThat(count(page, "#home-regions-community")).isEqualTo(communities);
		assertThat(count(page, "#home-regions-grid")).isEqualTo(grids).isGreaterThanOrEqualTo(56);
		assertThat(page.locator("#home-tasks").count()).isZero();
		Browser.screenshot(page, "home-admin-desk");
		page.click("#home-accounts");
		page.waitForURL(url -> url.endsWith("/admin/accounts"));
	}

	private Page signedIn(String user, boolean phone) {
		Page page = browser.page(phone);
		Browser.signIn(page, base(), user);
		page.waitForSelector("#home");
		return page;
	}

	private static long count(Page page, String selector) {
		return Long.parseLong(page.locator(selector).getAttribute("data-count"));
	}

	private static String marker() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
