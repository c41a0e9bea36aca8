package org.civicgrid.portal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervision board's cases as every staff list works: the search narrows them to what the API answers, the
 * number's and the overdue time's headers sort both ways, page 2 keeps the search and the sort, and on a phone the
 * page never widens while each case's forms stay on screen. Its forms say a refusal the form-errors way: the summary
 * and each message beside its field in that case's form, what was typed kept, the list as it was.
 */
class SupervisionListBrowserTests extends BrowserTest {

	private static final String GRID = "410105560001001";

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSearchNarrowsTheCasesTheHeadersSortThemBothWaysAndPage2KeepsTheSearch() {
		String marker = marker();
		for (int i = 0; i < 23; i++) {
			long id = report(marker + " 第" + i + "件", i % 3 == 0 ? "E0401" : "E0102").path("id").asLong();
			// every fifth close to its limit, the others overdue by i + 1 hours
			pressing(id, i % 5 == 4 ? Duration.ofMinutes(-30 - i) : Duration.ofHours(i + 1));
		}
		Api supervisor = Api.on(port).as("supervisor");
		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "supervisor");
		desk.navigate(base() + "/cases/supervision");
		desk.fill("#supervision-filter [name=text]", marker);
		desk.selectOption("#supervision-filter [name=colour]", "YELLOW");
		desk.click("#supervision-filter .list-search");
		desk.waitForURL(url -> url.contains("colour=YELLOW"));
		ListPage list = new ListPage(desk, "#supervision-cases");
		JsonNode yellow = supervisor.get("/api/v1/cases/supervision/cases?colour=YELLOW&text=" + marker).json();
		assertThat(list.column(".case-number")).containsExactlyElementsOf(numbers(yellow)).hasSize(4);
		assertThat(desk.locator("tbody.supervision-case").evaluateAll("rows => rows.map(r => r.dataset.colour)"))
			.asList().containsOnly("YELLOW");

		desk.selectOption("#supervision-filter [name=colour]", "");
		desk.click("#supervision-filter .list-search");
		desk.waitForURL(url -> url.contains("colour=&") || url.endsWith("colour="));
		assertThat(desk.locator("#supervision-total").innerText()).isEqualTo("共 23 件");
		// the board's own order: the most overdue first, as the API answers
		assertThat(list.column(".case-number"))
			.containsExactlyElementsOf(numbers(supervisor.get("/api/v1/cases/supervision/cases?text=" + marker).json()));

		list.sortBy("number", "asc");
		list.assertSorted(".case-number", Comparator.naturalOrder());
		list.sortBy("number", "desc");
		list.assertSorted(".case-number", Comparator.<String>naturalOrder().reversed());
		list.sortBy("overdue", "asc");
		assertThat(list.column(".case-number")).containsExactlyElementsOf(
				numbers(supervisor.get("/api/v1/cases/supervision/cases?sort=overdue,asc&text=" + marker).json()));
		assertThat(overdue(desk)).isSortedAccordingTo(Comparator.naturalOrder());
		list.sortBy("overdue", "desc");
		assertThat(overdue(desk)).isSortedAccordingTo(Comparator.reverseOrder()).hasSize(20);
		list.next(2);
		assertThat(desk.url()).contains("text=" + marker).contains("sort=overdue");
		assertThat(list.column(".case-number")).hasSize(3).containsExactlyElementsOf(numbers(supervisor
			.get("/api/v1/cases/supervision/cases?sort=overdue,desc&page=1&text=" + marker).json()));
		assertThat(desk.inputValue("#supervision-filter [name=text]")).isEqualTo(marker);
		Browser.screenshot(desk, "list-supervision-page-2");

		// a leader on a phone: the instruction's form under each case stays on screen
		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "leader");
		phone.navigate(base() + "/cases/supervision?text=" + marker);
		new ListPage(phone, "#supervision-cases").assertFitsAPhone();
		Locator form = phone.locator("tbody.supervision-case .instruct-form").first();
		assertThat(form.boundingBox().x + form.boundingBox().width).as("the instruction's form fits the phone")
			.isLessThanOrEqualTo(390);
		Browser.screenshot(phone, "list-supervision-phone");
	}

	@Test
	void aRefusedCardOrInstructionIsMarkedInItsCasesFormAndTheListStaysAsItWas() {
		String marker = marker();
		long id = dispatched(marker + " 督办表单");
		pressing(id, Duration.ofHours(30));
		String listed = "/cases/supervision?text=" + marker + "&sort=number,desc";

		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "supervisor");
		desk.navigate(base() + listed);
		String form = "supervise-" + id;
		// a card the page does not offer: the facade asks for one beside the select
		desk.evaluate("id => document.querySelector('#' + id + ' select[name=card] option').value = 'PURPLE'", form);
		desk.selectOption("#" + form + " select[name=card]", "PURPLE");
		desk.fill("#" + form + " [name=note]", "限期三日");
		desk.click("#" + form + " button[type=submit]");
		desk.waitForSelector("#" + form + "-errors");
		assertThat(desk.locator("#" + form + "-errors").innerText()).isEqualTo("请修改标出的字段：督办牌");
		assertThat(desk.locator("#" + form + "-card-error").innerText()).isEqualTo("请选择黄牌或红牌");
		assertThat(desk.locator("#" + form + " select[name=card]").getAttribute("class")).contains("is-invalid");
		assertThat(desk.locator("#" + form + " select[name=card]").getAttribute("aria-describedby"))
			.isEqualTo(form + "-card-error");
		assertThat(desk.inputValue("#" + form + " [name=note]")).isEqualTo("限期三日");
		assertThat(desk.inputValue("#supervision-filter [name=text]")).as("the list stays as it was").isEqualTo(marker);
		assertThat(desk.locator("#supervision-cases thead th[data-sort=number]").getAttribute("aria-sort"))
			.isEqualTo("descending");

		// a note too long for the step: said beside it in words, the typed note kept
		String tooLong = "督".repeat(2001);
		desk.evaluate("id => document.querySelector('#' + id + ' [name=note]').removeAttribute('maxlength')", form);
		desk.fill("#" + form + " [name=note]", tooLong);
		desk.click("#" + form + " button[type=submit]");
		desk.waitForSelector("#" + form + "-note-error");
		assertThat(desk.locator("#" + form + "-errors").innerText()).isEqualTo("请修改标出的字段：说明");
		assertThat(desk.locator("#" + form + "-note-error").innerText()).isEqualTo("不能超过 2,000 个字符");
		assertThat(desk.inputValue("#" + form + " [name=note]")).isEqualTo(tooLong);
		assertThat(desk.locator("#" + form + "-card-error").count()).isZero();
		Browser.screenshot(desk, "form-errors-supervision");

		// the leader's instruction without words: marked beside its field, then given, back to the same list
		Page leader = browser.page(true);
		Browser.signIn(leader, base(), "leader");
		leader.navigate(base() + listed);
		String instruct = "instruct-" + id;
		leader.evaluate("id => document.getElementById(id).noValidate = true", instruct);
		leader.click("#" + instruct + " button[type=submit]");
		leader.waitForSelector("#" + instruct + "-errors");
		assertThat(leader.locator("#" + instruct + "-errors").innerText()).isEqualTo("请修改标出的字段：批示意见");
		assertThat(leader.locator("#" + instruct + "-note-error").innerText()).isEqualTo("请填写说明");
		assertThat(leader.locator("#" + instruct + " [name=note]").getAttribute("class")).contains("is-invalid");
		assertThat(leader.locator("body").innerText()).doesNotContain("note").doesNotContain("不能为null");
		Browser.screenshot(leader, "form-errors-supervision-phone");

		leader.fill("#" + instruct + " [name=note]", "请街道牵头督办");
		leader.click("#" + instruct + " button[type=submit]");
		leader.waitForSelector("#flash-message");
		assertThat(leader.locator("#flash-message").innerText()).isEqualTo("已批示");
		assertThat(leader.url()).contains("/cases/supervision?").contains("text=" + marker).contains("sort=number");
		assertThat(leader.locator("#" + instruct + "-errors").count()).isZero();
		JsonNode trace = Api.on(port).as("leader").get("/api/v1/cases/" + id).json().path("history");
		List<String> actions = new ArrayList<>();
		trace.forEach(step -> actions.add(step.path("action").asString()));
		assertThat(actions).contains("instruct").doesNotContain("supervise");
	}

	/** Reported by gridworker1 at the grid's centre. */
	private JsonNode report(String description, String category) {
		JsonNode centre = Api.on(port).as("gridworker1").get("/api/v1/regions/" + GRID).json().path("centroid");
		Api.Response r = Api.on(port).as("gridworker1").post("/api/v1/cases", Map.of("categoryCode", category,
				"description", description, "location", Map.of("lat", centre.path("lat").asDouble(), "lng",
						centre.path("lng").asDouble()), "address", "如意湖路口", "reporterContact", "13800000000"));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	/** Reported, verified, filed and dispatched to gridworker1: one the supervisor may card and the leader instruct. */
	private long dispatched(String description) {
		long id = report(description, "E0102").path("id").asLong();
		step("gridworker1", id, "verify", Map.of("note", "现场确认"));
		step("dispatcher", id, "file", Map.of());
		step("dispatcher", id, "dispatch", Map.of("assigneeUnit", GRID, "assigneeUser", "gridworker1"));
		return id;
	}

	private void step(String username, long id, String action, Object body) {
		Api.Response r = Api.on(port).as(username).post("/api/v1/cases/" + id + "/actions/" + action, body);
		assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
	}

	/**
	 * Moves the case's deadline so it is {@code overdue} past it now (negative: that much left, yellow already), as
	 * its timers would have left it (the API has no clock to move).
	 */
	private void pressing(long id, Duration overdue) {
		Instant deadline = Instant.now().minus(overdue);
		jdbc.sql("""
				update event_case set stage_started_at = :started, deadline = :deadline, yellow_at = :yellow,
				  colour = :colour where id = :id""")
			.param("started", Timestamp.from(deadline.minus(Duration.ofHours(5))))
			.param("deadline", Timestamp.from(deadline))
			.param("yellow", Timestamp.from(deadline.minus(Duration.ofHours(1))))
			.param("colour", overdue.isNegative() ? "YELLOW" : "RED")
			.param("id", id)
			.update();
	}

	/** How overdue each listed case is, in minutes (negative: time left), top to bottom. */
	private static List<Long> overdue(Page page) {
		return ((List<?>) page.locator("tbody.supervision-case").evaluateAll("rows => rows.map(r => r.dataset.overdue)"))
			.stream().map(v -> Long.parseLong(String.valueOf(v))).toList();
	}

	private static List<String> numbers(JsonNode page) {
		List<String> numbers = new ArrayList<>();
		page.path("items").forEach(c -> numbers.add(c.path("number").asString()));
		return numbers;
	}

	private static String marker() {
		return "sv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}
}
