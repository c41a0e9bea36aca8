package org.civicgrid.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The inbox page on a phone (unread in bold, the badge in the navigation bar, opening a message shows its case)
 * and the supervision board at a desk (an overdue case, a red card issued from the board); screenshots in
 * {@code target/screenshots/inbox-*.png} and {@code supervision-*.png}.
 */
class InboxBrowserTests extends BrowserTest {

	private static final String PASSWORD = "test-password-1";

	@Autowired
	JdbcClient jdbc;

	Api api;
	InboxFixture fixture;

	@BeforeEach
	void setUp() {
		api = Api.on(port);
		fixture = new InboxFixture(api);
	}

	@Test
	void theResidentReadsThePublicStepsOfTheirReportAndOpensTheCase() {
		String username = newAccount("RESIDENT", null);
		Api resident = api.withToken(api.tokenFor(username, PASSWORD));
		JsonNode reported = fixture.report(resident, "楼道堆放杂物 " + InboxFixture.marker());
		long id = reported.path("id").asLong();
		String number = reported.path("number").asString();
		fixture.closeByGridworker1(id);
		InboxFixture.awaitMessages(resident, number, ms -> ms.size() >= 2);

		Page page = signIn(username, true);
		page.navigate(base() + "/inbox");
		Locator badge = page.locator("#inbox-unread");
		badge.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
		assertThat(badge.getAttribute("data-unread")).isEqualTo("2");
		assertThat(page.locator("#inbox-page-unread").innerText()).isEqualTo("2 条未读");
		Locator messages = page.locator(".inbox-message");
		assertThat(messages.count()).isEqualTo(2); // 受理 and 已办结, nothing of the office's stages
		assertThat(messages.first().locator(".inbox-text").innerText())
			.isEqualTo("您反映的问题（案件 " + number + "）已办结，请查看办理结果并评价。");
		assertThat(messages.last().locator(".inbox-text").innerText()).contains("已受理").contains(number);
		assertThat(page.locator(".inbox-message.fw-bold").count()).isEqualTo(2);
		Browser.screenshot(page, "inbox-01-resident-unread");

		messages.first().click();
		page.waitForURL(url -> url.endsWith("/cases/" + id));
		assertThat(page.locator("#case-number").innerText()).isEqualTo(number);
		assertThat(page.locator("#case-reply-text").innerText()).isEqualTo("垃圾已清除");
		Browser.screenshot(page, "inbox-02-opened-case");

		page.navigate(base() + "/inbox");
		assertThat(page.locator(".inbox-message.fw-bold").count()).isEqualTo(1);
		assertThat(page.locator(".inbox-message").first().getAttribute("data-read")).isEqualTo("true");
		page.navigate(base() + "/inbox?unread=true");
		assertThat(page.locator(".inbox-message").count()).isEqualTo(1);
		Browser.screenshot(page, "inbox-03-unread-filter");

		page.click("#inbox-read-all");
		page.waitForURL(url -> url.endsWith("/inbox"));
		assertThat(page.locator(".inbox-message").count()).isEqualTo(2);
		assertThat(page.locator(".inbox-message.fw-bold").count()).isZero();
		assertThat(page.locator("#inbox-unread").count()).isZero();
		Browser.screenshot(page, "inbox-04-all-read");

		page.navigate(base() + "/inbox?lang=en");
		assertThat(page.locator(".inbox-message").first().locator(".inbox-text").innerText())
			.isEqualTo("Your report " + number + " is completed; see what was done and rate it.");
		Browser.screenshot(page, "inbox-05-english");
	}

	@Test
	void theSupervisorIssuesARedCardFromTheBoard() {
		JsonNode reported = fixture.report(api.as("gridworker1"), "E0102", "超期未处理 " + InboxFixture.marker());
		long id = reported.path("id").asLong();
		fixture.dispatchToGridworker1(id);
		Instant started = Instant.now().minus(Duration.ofDays(3));
		// the clock moved on: the stage is past its deadline, as the red timer would have left it
		jdbc.sql("update event_case set stage_started_at = :s, deadline = :d, yellow_at = :y, colour = 'RED' where id = :id")
			.param("s", Timestamp.from(started))
			.param("d", Timestamp.from(started.plus(Duration.ofHours(4))))
			.param("y", Timestamp.from(started.plus(Duration.ofHours(3))))
			.param("id", id)
			.update();

		Page page = browser.page(false);
		Browser.signIn(page, base(), "supervisor");
		page.navigate(base() + "/cases/supervision");
		Locator card = page.locator(".supervision-case[data-id='" + id + "']");
		assertThat(card.getAttribute("data-colour")).isEqualTo("RED");
		assertThat(card.innerText()).contains(reported.path("number").asString()).contains("已超期");
		assertThat(Long.parseLong(page.locator("#supervision-colours [data-colour=RED]").getAttribute("data-count")))
			.isGreaterThanOrEqualTo(1);
		assertThat(page.locator("#supervision-by-category tr[data-code=E0102]").innerText()).contains("暴露垃圾");
		Browser.screenshot(page, "supervision-01-board");

		card.locator(".supervise-form [name=card]").selectOption("RED");
		card.locator(".supervise-form [name=note]").fill("限今日办结");
		card.locator(".supervise-form button").click();
		page.waitForSelector("#flash-message");
		assertThat(page.url()).endsWith("/cases/supervision");
		assertThat(page.locator("#flash-message").innerText()).isEqualTo("已督办");

		// the whole suite leaves many overdue cases on the board: look the case up by its number
		page.navigate(base() + "/cases/supervision?text=" + reported.path("number").asString());
		Locator issued = page.locator(".supervision-case[data-id='" + id + "'] .supervision-card");
		assertThat(issued.count()).isEqualTo(1);
		assertThat(issued.getAttribute("data-card")).isEqualTo("RED");
		assertThat(issued.innerText()).contains("红牌").contains("supervisor").contains("限今日办结");
		Browser.screenshot(page, "supervision-02-card-issued");

		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "leader");
		phone.navigate(base() + "/cases/supervision");
		Locator leaders = phone.locator(".supervision-case[data-id='" + id + "']");
		assertThat(leaders.locator(".instruct-form").count()).isEqualTo(1);
		assertThat(leaders.locator(".supervise-form").count()).isZero();
		Browser.screenshot(phone, "supervision-03-leader-phone");
	}

	@Test
	void gridWorkersAndResidentsAreRefusedTheBoard() {
		for (String user : List.of("gridworker1", "resident1")) {
			Page page = browser.page(true);
			Browser.signIn(page, base(), user);
			Response response = page.navigate(base() + "/cases/supervision");
			assertThat(response.status()).as(user).isEqualTo(403);
			assertThat(page.locator("#supervision-cases").count()).isZero();
			assertThat(page.locator("#nav-supervision").count()).isZero();
			Browser.screenshot(page, "supervision-04-refused-" + user);
		}
	}

	private String newAccount(String role, String regionCode) {
		String username = "inbox-" + InboxFixture.marker();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("displayName", "测试居民");
		body.put("password", PASSWORD);
		body.put("role", role);
		body.put("regionCode", regionCode);
		Api.Response created = api.as("admin").post("/api/v1/accounts", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}

	private Page signIn(String username, boolean phone) {
		Page page = browser.page(phone);
		page.navigate(base() + "/login");
		page.fill("#username", username);
		page.fill("#password", PASSWORD);
		page.click("button[type=submit]");
		page.waitForURL(url -> !url.contains("/login"));
		return page;
	}
}
