package org.civicgrid.portal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closed loop through the pages, as in {@code CaseLoopApiTests}: a resident reports on a phone by tapping the map,
 * the grid worker verifies, the dispatcher files and dispatches, the grid worker accepts and handles, the supervisor
 * checks, the resident rates on their own page. Every screen is kept in {@code target/screenshots/case-*.png}.
 */
class CaseFlowBrowserTests extends BrowserTest {

	static final String GRID = "410105560001001";

	@Autowired
	MovableClock clock;

	@Test
	void aResidentsReportGoesRoundTheLoopThroughThePages() {
		// Wednesday 2 December 2026 at 09:00 in Shanghai: the four working hours of 暴露垃圾 end at 15:00
		clock.stopAt("2026-12-02T09:00");
		String description = "<b>漏水</b> 楼下水管破裂 " + UUID.randomUUID().toString().substring(0, 8);
		long id = report(description);

		Page resident = signedIn("resident1", true);
		resident.navigate(base() + "/cases/" + id);
		assertThat(resident.locator("#case-description").innerText()).isEqualTo(description);
		assertThat(resident.locator("#case-description b").count()).isZero();
		// the photo taken at the report is on the case, as a thumbnail that really loads
		Locator thumbnail = resident.locator("img[src*='/thumbnail']").first();
		thumbnail.scrollIntoViewIfNeeded();
		resident.waitForFunction("img => img.complete && img.naturalWidth > 0", thumbnail.elementHandle());
		assertThat(((Number) thumbnail.evaluate("img => img.naturalWidth")).intValue()).isEqualTo(320);

		Page worker = signedIn("gridworker1", true);
		worker.navigate(base() + "/cases/mine");
		Browser.screenshot(worker, "case-03-gridworker-tasks");
		assertThat(worker.locator(".case-card[data-id='" + id + "']").count()).as(() -> worker.content()).isEqualTo(1);

		step(worker, id, "verify", "VERIFIED", "case-04-verified", f -> f.locator("[name=note]").fill("现场确认"));
		Page dispatcher = signedIn("dispatcher", false);
		step(dispatcher, id, "file", "FILED", "case-05-filed", f -> { });
		// the picker starts on the case's grid and its grid worker: nothing to type
		step(dispatcher, id, "dispatch", "DISPATCHED", "case-06-dispatched", f -> {
			assertThat(f.locator("[name=assigneeUnit]").inputValue()).isEqualTo(GRID);
			assertThat(f.locator("[name=assigneeUser]").inputValue()).isEqualTo("gridworker1");
			f.locator("[name=note]").fill("请尽快处理");
		});
		assertThat(dispatcher.locator("#case-assignee").innerText()).contains(GRID).contains("gridworker1");
		assertThat(dispatcher.locator(".case-colour").getAttribute("data-colour")).isEqualTo("GREEN");
		// in the calendar's zone, whatever the machine's
		assertThat(dispatcher.locator("#case-deadline").innerText()).isEqualTo("2026-12-02 15:00");
		// the reporter's phone is masked; the dispatcher shows it in clear once, with a reason, to call back
		assertThat(dispatcher.locator("#case-contact").innerText()).isEqualTo("138****0000");
		worker.navigate(base() + "/cases/" + id);
		assertThat(worker.locator("#case-contact").innerText()).isEqualTo("138****0000");
		assertThat(worker.locator("#contact-reveal-form").count()).isZero();
		dispatcher.fill("#contact-reveal-form [name=reason]", "回访上报人，确认漏水位置");
		dispatcher.click("#contact-reveal-form button[type=submit]");
		dispatcher.waitForSelector("#case-contact-audited");
		assertThat(dispatcher.locator("#case-contact").innerText()).isEqualTo("13800000000");
		Browser.screenshot(dispatcher, "case-06b-contact-revealed");
		dispatcher.navigate(base() + "/cases/" + id);
		assertThat(dispatcher.locator("#case-contact").innerText()).isEqualTo("138****0000");
		// the board pages its open cases newest first; this case was reported on a stopped clock, so it is searched for
		dispatcher.navigate(base() + "/cases/board?text=" + description.substring(description.length() - 8));
		assertThat(dispatcher.locator("#board-table tr[data-id='" + id + "']").count()).isEqualTo(1);
		Browser.screenshot(dispatcher, "case-07-board");

		step(worker, id, "accept", "IN_PROGRESS", "case-08-accepted", f -> { });
		step(worker, id, "handle", "HANDLED", "case-09-handled", f -> f.locator("[name=note]").fill("水管已修复"));
		step(signedIn("supervisor", false), id, "check-pass", "CLOSED", "case-10-checked",
				f -> f.locator("[name=note]").fill("现场无漏水"));
		// the resident reads their own page (docs/resident-view.md) and rates with the stars
		resident.navigate(base() + "/cases/" + id);
		assertThat(resident.locator("#case").getAttribute("data-step")).isEqualTo("COMPLETED");
		assertThat(resident.locator("#case-reply-text").innerText()).isEqualTo("水管已修复");
		resident.locator("label.star[data-score='5']").tap();
		resident.fill("#action-rate [name=comment]", "很及时");
		resident.click("#action-rate button[type=submit]");
		resident.waitForSelector("#case-rating");
		assertThat(resident.locator("#case-rating").getAttribute("data-score")).isEqualTo("5");
		assertThat(resident.locator("#case-rating-comment").innerText()).isEqualTo("很及时");
		Browser.screenshot(resident, "case-11-rated");
		dispatcher.navigate(base() + "/cases/" + id);
		assertThat(dispatcher.locator("#case-rating").getAttribute("data-score")).isEqualTo("5");
		assertThat(dispatcher.locator("#case-rating .stars-given span:not(.off)").count()).isEqualTo(5);
		assertThat(dispatcher.locator("#case-rating-comment").innerText()).isEqualTo("很及时");
		@SuppressWarnings("unchecked")
		List<String> actions = (List<String>) dispatcher.locator("#case-history li")
			.evaluateAll("items => items.map(i => i.dataset.action || '')");
		assertThat(actions).containsExactly("", "verify", "file", "dispatch", "accept", "handle", "check-pass", "rate");
	}

	@Test
	void aReportWithoutAPointIsShownAgainWithTheReasonAndTheValuesKept() {
		Page page = signedIn("resident1", true);
		page.navigate(base() + "/cases/new");
		page.selectOption("#categoryCode", "E0102");
		page.fill("#description", "没有位置的上报");
		page.click("#report-form button[type=submit]");
		page.waitForSelector("#flash-error");
		assertThat(page.locator("#flash-error").innerText()).contains("位置");
		assertThat(page.locator("#description").inputValue()).isEqualTo("没有位置的上报");
		assertThat(page.locator("#categoryCode").inputValue()).isEqualTo("E0102");
	}

	@Test
	void anActionOnAStalePageComesBackWithTheReasonAndChangesNothing() {
		Api api = Api.on(port);
		Map<String, Double> c = centroid();
		long id = api.as("resident1").post("/api/v1/cases", Map.of("categoryCode", "E0102", "description", "路灯不亮",
				"location", Map.of("lat", c.get("lat"), "lng", c.get("lng")))).json().path("id").asLong();
		api.as("gridworker1").post("/api/v1/cases/" + id + "/actions/verify", Map.of());
		api.as("dispatcher").post("/api/v1/cases/" + id + "/actions/file", Map.of());

		Page page = signedIn("dispatcher", false);
		page.navigate(base() + "/cases/" + id);
		var meanwhile = api.as("dispatcher").post("/api/v1/cases/" + id + "/actions/dispatch",
				Map.of("assigneeUnit", GRID, "note", "另一窗口已派遣"));
		assertThat(meanwhile.status()).as(meanwhile.body()).isEqualTo(200);
		Locator form = page.locator("#action-dispatch");
		assertThat(form.locator("[name=assigneeUnit]").inputValue()).isEqualTo(GRID);
		form.locator("button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page.locator("#flash-error").count()).as(page::content).isEqualTo(1);
		assertThat(page.locator("#flash-error").innerText()).contains("已派遣").contains("dispatch");
		assertThat(page.locator("#case").getAttribute("data-status")).isEqualTo("DISPATCHED");
		assertThat(page.locator("#case-history li").count()).isEqualTo(4);
		assertThat(page.locator("#action-dispatch").count()).isZero();
		Browser.screenshot(page, "case-12-stale-action-refused");
	}

	@Test
	void residentsCannotOpenTheBoard() {
		Page page = signedIn("resident1", true);
		assertThat(page.navigate(base() + "/cases/board").status()).isEqualTo(403);
	}

	/** The resident taps the grid's centroid on the report map and sends the report; answers the new case's id. */
	private long report(String description) {
		Map<String, Double> centroid = centroid();
		Page page = signedIn("resident1", true);
		page.navigate(base() + "/");
		Browser.screenshot(page, "case-00-home");
		page.click("#report-problem");
		page.waitForSelector("#report-map[data-ready=true]");
		page.selectOption("#categoryCode", "E0102");
		page.fill("#description", description);
		page.fill("#address", "如意湖小区 3 号楼");
		page.fill("#contact", "13800000000");
		page.setInputFiles("#photos", new FilePayload("leak.jpg", "image/jpeg", CaseIntakeBrowserTests.jpeg(800, 600)));
		@SuppressWarnings("unchecked")
		Map<String, Number> point = (Map<String, Number>) page.evaluate("c => { window.caseMap.invalidateSize(); window.caseMap.setView([c.lat, c.lng], 17, { animate: false });"
				+ " const p = window.caseMap.latLngToContainerPoint([c.lat, c.lng]); return { x: p.x, y: p.y }; }",
				centroid);
		page.locator("#report-map").click(new Locator.ClickOptions()
			.setPosition(point.get("x").doubleValue(), point.get("y").doubleValue()));
		assertThat(page.locator("#lat").inputValue()).isNotBlank();
		assertThat(Double.parseDouble(page.locator("#lat").inputValue())).isCloseTo(centroid.get("lat"),
				org.assertj.core.data.Offset.offset(0.001));
		Browser.screenshot(page, "case-01-report");
		page.click("#report-form button[type=submit]");
		page.waitForSelector("#case[data-step=SUBMITTED]");
		assertThat(page.locator("#flash-message").innerText()).contains(page.locator("#case-number").innerText());
		Browser.screenshot(page, "case-02-reported");
		return Long.parseLong(page.locator("#case").getAttribute("data-id"));
	}

	private void step(Page page, long id, String wire, String status, String screenshot, Consumer<Locator> fill) {
		page.navigate(base() + "/cases/" + id);
		Locator form = page.locator("#action-" + wire);
		fill.accept(form);
		form.locator("button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page.locator("#flash-message, #flash-error").count()).as(() -> wire + ": " + page.content()).isPositive();
		assertThat(page.locator("#flash-error").count()).as(() -> page.locator("#flash-error").innerText()).isZero();
		assertThat(page.locator("#case").getAttribute("data-status")).isEqualTo(status);
		Browser.screenshot(page, screenshot);
	}

	private Page signedIn(String username, boolean phone) {
		Page page = browser.page(phone);
		Browser.signIn(page, base(), username);
		return page;
	}

	private Map<String, Double> centroid() {
		var c = Api.on(port).as("admin").get("/api/v1/regions/" + GRID).json().path("centroid");
		return Map.of("lat", c.path("lat").asDouble(), "lng", c.path("lng").asDouble());
	}
}
