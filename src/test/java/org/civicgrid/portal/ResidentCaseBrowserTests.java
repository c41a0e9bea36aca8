package org.civicgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The resident's own case page on a phone (390x844): the public steps in plain words with their times, the reply
 * and the photos after, the rating as stars; none of what stays in the office. Screenshots in
 * {@code target/screenshots/resident-*.png}.
 */
class ResidentCaseBrowserTests extends BrowserTest {

	static final String GRID = "410105560001001";

	@Autowired
	MovableClock clock;

	@Test
	void theResidentReadsThePublicStepsAndTheReplyAndRatesWithTheFourthStar() {
		// Wednesday 2 December 2026 in Shanghai; each step a few minutes after the last
		clock.stopAt("2026-12-02T09:00");
		Api api = Api.on(port);
		String marker = UUID.randomUUID().toString().substring(0, 8);
		long id = report(api.as("resident1"), "楼下垃圾堆了三天 " + marker);
		String number = api.as("dispatcher").get("/api/v1/cases/" + id).json().path("number").asString();
		step(api, "gridworker1", id, "verify", Map.of("note", "核实备注仅内部 " + marker));
		step(api, "dispatcher", id, "file", Map.of());
		step(api, "dispatcher", id, "dispatch", Map.of("assigneeUnit", GRID, "assigneeUser", "gridworker1",
				"note", "派遣备注仅内部 " + marker));
		step(api, "gridworker1", id, "accept", Map.of());
		clock.advance(Duration.ofMinutes(40)); // 10:00: the grid worker reports back on the page, with a photo
		Page worker = signedIn("gridworker1");
		worker.navigate(base() + "/cases/" + id);
		Locator handle = worker.locator("#action-handle");
		assertThat(handle.locator(".reply-hint").innerText()).contains("答复上报人");
		handle.locator("[name=note]").fill("垃圾已清运，地面已冲洗");
		handle.locator("[name=photos]").setInputFiles(new FilePayload("after.jpg", "image/jpeg",
				CaseIntakeBrowserTests.jpeg(800, 600)));
		handle.locator("button[type=submit]").click();
		worker.waitForSelector("#case[data-status=HANDLED]");
		assertThat(worker.locator("#case-history li[data-action=handle] .case-reply").innerText())
			.contains("答复上报人").contains("垃圾已清运，地面已冲洗");
		clock.advance(Duration.ofMinutes(25)); // and the check five minutes more after that, at 10:30
		step(api, "supervisor", id, "check-pass", Map.of("note", "核查备注仅内部 " + marker));

		Page page = signedIn("resident1");
		page.navigate(base() + "/cases/" + id);
		assertThat(page.locator("#case-number").innerText()).isEqualTo(number);
		assertThat(page.locator("#case").getAttribute("data-step")).isEqualTo("COMPLETED");
		assertThat(page.locator("#case-step").innerText()).isEqualTo("已办结");
		assertThat(page.locator("#case-category").innerText()).isEqualTo("暴露垃圾");
		assertThat(page.locator("#case-address").innerText()).isEqualTo("如意湖小区 5 号楼");
		assertThat(page.locator("#case-progress .step-name").allInnerTexts())
			.containsExactly("已提交", "已受理", "处理中", "已办结");
		assertThat(page.locator("#case-progress .step-time").allInnerTexts()).containsExactly("2026-12-02 09:00",
				"2026-12-02 09:10", "2026-12-02 09:15", "2026-12-02 10:30");
		assertThat(page.locator("#case-reply-text").innerText()).isEqualTo("垃圾已清运，地面已冲洗");
		Locator after = page.locator("#case-result-photos img");
		assertThat(after.count()).isEqualTo(1);
		page.waitForFunction("img => img.complete && img.naturalWidth > 0", after.elementHandle());
		assertThat(page.locator("#case-description").innerText()).isEqualTo("楼下垃圾堆了三天 " + marker);
		String html = page.content();
		for (String internal : List.of("gridworker1", "dispatcher", "supervisor", GRID, "核实备注", "派遣备注",
				"核查备注", "网格员", "街道工作人员", "督查员", "街道调度员", "街道督查员", "承办")) {
			assertThat(html).as(internal).doesNotContain(internal);
		}
		// a phone's width holds the page: nothing scrolls sideways
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		Browser.screenshot(page, "resident-01-completed");

		// the stars take the keyboard (arrows move along the radio group) and a tap
		page.focus("#score-1");
		page.keyboard().press("ArrowRight");
		assertThat(page.isChecked("#score-2")).isTrue();
		Locator fourth = page.locator("label.star[data-score='4']");
		assertThat(fourth.boundingBox().width).isGreaterThanOrEqualTo(44);
		fourth.tap();
		assertThat(page.isChecked("#score-4")).isTrue();
		assertThat(page.isChecked("#score-2")).isFalse();
		page.fill("#action-rate [name=comment]", "清理得很干净");
		Browser.screenshot(page, "resident-02-four-stars");
		page.click("#action-rate button[type=submit]");
		page.waitForSelector("#case-rating");
		assertThat(page.locator("#flash-message").count()).isEqualTo(1);
		assertThat(page.locator("#case-rating").getAttribute("data-score")).isEqualTo("4");
		assertThat(page.locator("#case-rating-comment").innerText()).isEqualTo("清理得很干净");
		assertThat(page.locator("#action-rate").count()).isZero();
		Browser.screenshot(page, "resident-03-rated");

		// and the list of their reports reads the same step, without the office's colour, deadline or grid
		page.navigate(base() + "/cases/mine");
		Locator card = page.locator(".case-card[data-id='" + id + "']");
		assertThat(card.getAttribute("data-step")).isEqualTo("COMPLETED");
		assertThat(card.locator(".case-step").innerText()).isEqualTo("已办结");
		assertThat(card.innerText()).contains("暴露垃圾 · 如意湖小区 5 号楼").doesNotContain(GRID).doesNotContain("期限");

		JsonNode rated = api.as("dispatcher").get("/api/v1/cases/" + id).json();
		assertThat(rated.path("rating").asInt()).isEqualTo(4);
		assertThat(rated.path("history").get(rated.path("history").size() - 1).path("action").asString())
			.isEqualTo("rate");
	}

	@Test
	void aDismissedReportShowsTheReasonAndNotTheNote() {
		Api api = Api.on(port);
		String marker = UUID.randomUUID().toString().substring(0, 8);
		long id = report(api.as("resident1"), "小区内部道路破损 " + marker);
		step(api, "dispatcher", id, "dismiss", Map.of("reason", "属于小区物业维修范围，请联系物业",
				"note", "内部备注不告知 " + marker));

		Page page = signedIn("resident1");
		page.navigate(base() + "/cases/" + id);
		assertThat(page.locator("#case-progress .step-name").allInnerTexts()).containsExactly("已提交", "不予受理");
		assertThat(page.locator("#case-reply h2").innerText()).isEqualTo("不予受理的原因");
		assertThat(page.locator("#case-reply-text").innerText()).isEqualTo("属于小区物业维修范围，请联系物业");
		assertThat(page.content()).doesNotContain("内部备注不告知").doesNotContain("dispatcher");
		assertThat(page.locator("#action-rate").count()).isZero();
		Browser.screenshot(page, "resident-04-not-accepted");
	}

	@Test
	void aResidentIsRefusedAnotherResidentsCase() {
		Api api = Api.on(port);
		String username = "neighbour-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> account = new LinkedHashMap<>();
		account.put("username", username);
		account.put("displayName", "邻居");
		account.put("password", "test-password-1");
		account.put("role", "RESIDENT");
		assertThat(api.as("admin").post("/api/v1/accounts", account).status()).isEqualTo(201);
		String secret = "邻居家的事 " + UUID.randomUUID().toString().substring(0, 8);
		long id = report(api.withToken(api.tokenFor(username, "test-password-1")), secret);

		Page page = signedIn("resident1");
		Response response = page.navigate(base() + "/cases/" + id);
		assertThat(response.status()).isEqualTo(403);
		assertThat(page.content()).doesNotContain(secret).doesNotContain("如意湖小区 5 号楼");
		assertThat(page.locator("#case-progress").count()).isZero();
		Browser.screenshot(page, "resident-05-refused");
	}

	private long report(Api reporter, String description) {
		JsonNode c = Api.on(port).as("admin").get("/api/v1/regions/" + GRID).json().path("centroid");
		Api.Response r = reporter.post("/api/v1/cases", Map.of("categoryCode", "E0102", "description", description,
				"location", Map.of("lat", c.path("lat").asDouble(), "lng", c.path("lng").asDouble()), "address",
				"如意湖小区 5 号楼", "reporterContact", "13800000000"));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().path("id").asLong();
	}

	/** One step through the API, five minutes after the last when the clock is held. */
	private void step(Api api, String username, long id, String action, Map<String, ?> body) {
		if (clock.isStopped()) {
			clock.advance(Duration.ofMinutes(5));
		}
		Api.Response r = api.as(username).post("/api/v1/cases/" + id + "/actions/" + action, body);
		assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
	}

	private Page signedIn(String username) {
		Page page = browser.page(true);
		Browser.signIn(page, base(), username);
		return page;
	}
}
