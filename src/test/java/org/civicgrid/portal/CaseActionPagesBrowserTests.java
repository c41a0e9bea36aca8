package org.civicgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The staff case page's actions at the desk (1400 × 900) and on a phone (390 × 844): dispatch picks its assignee from
 * the units and people the caller may name, starting on the case's grid and its grid worker; the picker narrows as
 * a name is typed; a merge names its case by number, an unknown one answered beside the field; one primary step per
 * page, the destructive ones confirmed; 已办 lists what a grid worker handled. Screenshots in
 * {@code target/screenshots/actions-*.png}.
 */
class CaseActionPagesBrowserTests extends BrowserTest {

	static final String GRID = "410105560001001";
	static final String COMMUNITY = "410105560001";

	@Test
	void theDispatchFormStartsOnTheCasesGridAndGridWorkerAndDispatchesToThem() {
		long id = filed("占道经营 " + marker());
		for (boolean phone : new boolean[] { false, true }) {
			Page page = signedIn("dispatcher", phone);
			page.navigate(base() + "/cases/" + id);
			Locator form = page.locator("#action-dispatch");
			assertThat(form.locator("button[type=submit]").getAttribute("class")).contains("btn-primary");
			assertThat(form.locator("[name=assigneeUnit]").inputValue()).isEqualTo(GRID);
			assertThat(form.locator("[name=assigneeUser]").inputValue()).isEqualTo("gridworker1");
			assertThat(form.locator("[name=assigneeLevel]").inputValue()).isEqualTo("GRID");
			assertThat(form.locator("[name=assigneeLevel]").isEnabled()).isTrue();
			// the units under their level in words, the people by name and role, never a code to type
			assertThat(form.locator("[name=assigneeUnit] optgroup").evaluateAll("gs => gs.map(g => g.label)"))
				.isEqualTo(List.of("网格", "社区", "街道", "职能部门"));
			assertThat(form.locator("[name=assigneeUser] option:checked").innerText()).endsWith("· 网格员");
			assertThat(form.locator("input[name=assigneeUnit], input[name=assigneeUser]").count()).isZero();
			assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
				.isTrue();
			Browser.screenshot(page, "actions-01-dispatch-" + (phone ? "phone" : "desk"));
			if (phone) {
				form.locator("[name=note]").fill("请今天处理");
				form.locator("button[type=submit]").tap();
				page.waitForSelector("#case[data-status=DISPATCHED]");
				assertThat(page.locator("#flash-message").innerText()).isEqualTo("已派遣");
			}
		}
		JsonNode c = Api.on(port).as("dispatcher").get("/api/v1/cases/" + id).json();
		assertThat(c.path("assigneeLevel").asString()).isEqualTo("GRID");
		assertThat(c.path("assigneeUnit").asString()).isEqualTo(GRID);
		assertThat(c.path("assigneeUser").asString()).isEqualTo("gridworker1");
	}

	@Test
	void typingANameNarrowsThePickerAndPicksThePersonNamed() {
		long id = filed("井盖缺失 " + marker());
		Page page = signedIn("dispatcher", true);
		page.navigate(base() + "/cases/" + id);
		Locator form = page.locator("#action-dispatch");
		Locator filter = form.locator(".picker-filter");
		int allUnits = unitOptions(form).size();
		assertThat(allUnits).isGreaterThan(20); // the grid, community, street and the departments

		filter.fill("社区工作者"); // community1's name
		assertThat(unitOptions(form)).containsExactly(COMMUNITY);
		assertThat(form.locator("[name=assigneeUnit]").inputValue()).isEqualTo(COMMUNITY);
		assertThat(form.locator("[name=assigneeUser]").inputValue()).isEqualTo("community1");
		assertThat(form.locator("[name=assigneeLevel]").inputValue()).isEqualTo("COMMUNITY");
		Browser.screenshot(page, "actions-02-picker-search-phone");

		filter.fill("城管");
		assertThat(unitOptions(form)).containsExactly("CGZF");
		assertThat(form.locator("[name=assigneeUser]").inputValue()).isEqualTo("handler");
		assertThat(form.locator("[name=assigneeLevel]").inputValue()).isEqualTo("DEPARTMENT");

		filter.fill("没有这个名字");
		assertThat(form.locator(".picker-none").isVisible()).isTrue();
		assertThat(form.locator(".picker-none").innerText()).isEqualTo("没有名称相符的单位或人员");
		filter.fill("");
		assertThat(unitOptions(form)).hasSize(allUnits);
		assertThat(form.locator("[name=assigneeUnit]").inputValue()).isEqualTo("CGZF");

		form.locator("button[type=submit]").tap();
		page.waitForSelector("#case[data-status=DISPATCHED]");
		JsonNode c = Api.on(port).as("dispatcher").get("/api/v1/cases/" + id).json();
		assertThat(c.path("assigneeLevel").asString()).isEqualTo("DEPARTMENT");
		assertThat(c.path("assigneeUnit").asString()).isEqualTo("CGZF");
		assertThat(c.path("assigneeUser").asString()).isEqualTo("handler");
	}

	@Test
	void aMergeNamesTheCaseByNumberAndAnUnknownNumberIsAnsweredBesideTheField() {
		Api api = Api.on(port);
		long duplicate = report("路灯不亮（重复） " + marker());
		long survivor = report("路灯不亮 " + marker());
		String number = api.as("dispatcher").get("/api/v1/cases/" + survivor).json().path("number").asString();

		Page page = signedIn("dispatcher", false);
		page.navigate(base() + "/cases/" + duplicate);
		// a new report leaves the desk nothing forward to do: no primary step, the others shown open
		assertThat(page.locator("#case-actions .btn-primary").count()).isZero();
		assertThat(page.locator("#more-actions").getAttribute("open")).isNotNull();
		Locator merge = page.locator("#action-merge");
		merge.locator("[name=survivorNumber]").fill("SJ19990101-999999");
		page.onceDialog(dialog -> dialog.accept());
		merge.locator("button[type=submit]").click();
		page.waitForSelector("#merge-number-error");
		assertThat(page.locator("#merge-number-error").innerText())
			.isEqualTo("合并到的案件: 没有编号为 SJ19990101-999999 的案件");
		assertThat(page.locator("#merge-number").inputValue()).isEqualTo("SJ19990101-999999");
		assertThat(page.locator("#merge-number").getAttribute("class")).contains("is-invalid");
		assertThat(page.locator("#flash-error").innerText()).contains("合并到的案件").doesNotContain("survivor");
		assertThat(page.locator("#case").getAttribute("data-status")).isEqualTo("REPORTED");
		Browser.screenshot(page, "actions-03-merge-unknown-number-desk");

		page.locator("#merge-number").fill(number.toLowerCase());
		page.onceDialog(dialog -> dialog.accept());
		page.locator("#action-merge button[type=submit]").click();
		page.waitForSelector("#case[data-status=MERGED]");
		assertThat(api.as("dispatcher").get("/api/v1/cases/" + duplicate).json().path("mergedInto").asLong())
			.isEqualTo(survivor);
	}

	@Test
	void theUnknownNumberIsAnsweredBesideTheFieldOnAPhoneToo() {
		long duplicate = report("占道经营（重复） " + marker());
		Page page = signedIn("dispatcher", true);
		page.navigate(base() + "/cases/" + duplicate);
		page.locator("#merge-number").fill("SJ20200101-000000");
		page.onceDialog(dialog -> dialog.accept());
		page.locator("#action-merge button[type=submit]").tap();
		page.waitForSelector("#merge-number-error");
		assertThat(page.locator("#merge-number-error").innerText()).contains("没有编号为 SJ20200101-000000 的案件");
		assertThat(page.locator("#merge-number").inputValue()).isEqualTo("SJ20200101-000000");
		page.locator("#merge-number").scrollIntoViewIfNeeded();
		Browser.screenshot(page, "actions-04-merge-unknown-number-phone");
	}

	@Test
	void eachPageHasOneMainStepAndTheOthersFoldAway() {
		Api api = Api.on(port);
		long id = report("暴露垃圾 " + marker());
		step(api, "gridworker1", id, "verify", Map.of());
		assertPrimary("dispatcher", id, "file");
		step(api, "dispatcher", id, "file", Map.of());
		assertPrimary("dispatcher", id, "dispatch");
		step(api, "dispatcher", id, "dispatch", Map.of("assigneeUnit", GRID, "assigneeUser", "gridworker1"));
		Page worker = assertPrimary("gridworker1", id, "accept");
		// return, escalate and the extension request wait behind 更多操作, return outlined in red
		assertThat(worker.locator("#more-actions").getAttribute("open")).isNull();
		assertThat(worker.locator("#more-actions-toggle").innerText()).contains("更多操作（3）");
		assertThat(worker.locator("#action-return").isVisible()).isFalse();
		assertThat(worker.locator("#action-return button[type=submit]").getAttribute("class"))
			.contains("btn-outline-danger");
		assertThat(worker.locator("#action-escalate button[type=submit]").getAttribute("class"))
			.contains("btn-outline-secondary");
		Browser.screenshot(worker, "actions-05-one-primary-phone");
		step(api, "gridworker1", id, "accept", Map.of());

		// the extension is asked for in words, and the trace reads it in words
		Page page = assertPrimary("gridworker1", id, "handle");
		page.locator("#more-actions-toggle").tap();
		Locator extension = page.locator("#action-request-extension");
		assertThat(extension.locator("[name=extension] option").allInnerTexts()).containsExactly("2 小时", "4 小时",
				"1 个工作日", "2 个工作日", "3 个工作日", "5 个工作日");
		extension.locator("[name=extension]").selectOption("2wd");
		extension.locator("[name=reason]").fill("需要协调物业");
		extension.locator("button[type=submit]").tap();
		page.waitForSelector("#flash-message");
		assertThat(page.locator("#case-history li[data-action=request-extension]").innerText())
			.contains("2 个工作日: 需要协调物业").doesNotContain("2wd");
		step(api, "gridworker1", id, "handle", Map.of("note", "已清运"));
		Page supervisor = assertPrimary("supervisor", id, "check-pass");
		assertThat(supervisor.locator("#action-check-fail button[type=submit]").getAttribute("class"))
			.contains("btn-outline-danger");
		Browser.screenshot(supervisor, "actions-06-supervisor-desk");
	}

	@Test
	void anExtensionIsOfferedForApprovalOnlyWhileOneIsAskedFor() {
		Api api = Api.on(port);
		long id = filed("道路破损 " + marker());
		step(api, "dispatcher", id, "dispatch", Map.of("assigneeUnit", GRID, "assigneeUser", "gridworker1"));
		step(api, "gridworker1", id, "accept", Map.of());

		// nothing asked for: neither the dispatcher nor the leader is offered 批准延期, nor does the API list it
		for (String approver : List.of("dispatcher", "leader")) {
			Page page = signedIn(approver, false);
			page.navigate(base() + "/cases/" + id);
			assertThat(page.locator("#action-approve-extension").count()).as(approver).isZero();
			assertThat(page.locator("#case-actions").innerText()).as(approver).doesNotContain("批准延期");
			assertThat(api.as(approver).get("/api/v1/cases/" + id).json().path("allowedActions").toString())
				.doesNotContain("approve-extension");
		}
		Browser.screenshot(signedInOn("dispatcher", id), "actions-09-no-extension-asked-desk");

		// asked for: offered to the dispatcher (behind 更多操作) and approved from the page, then gone again
		step(api, "gridworker1", id, "request-extension", Map.of("extension", "2wd", "reason", "需要协调物业"));
		Page desk = signedInOn("dispatcher", id);
		assertThat(desk.locator("#action-approve-extension").count()).isOne();
		assertThat(api.as("leader").get("/api/v1/cases/" + id).json().path("allowedActions").toString())
			.contains("approve-extension");
		assertThat(api.as("gridworker1").get("/api/v1/cases/" + id).json().path("allowedActions").toString())
			.as("never the one who asked").doesNotContain("approve-extension");
		Browser.screenshot(desk, "actions-10-extension-asked-desk");
		if (desk.locator("#more-actions").getAttribute("open") == null) {
			desk.locator("#more-actions-toggle").click();
		}
		desk.locator("#action-approve-extension button[type=submit]").click();
		desk.waitForSelector("#flash-message");
		assertThat(desk.locator("#flash-message").innerText()).isEqualTo("已批准延期");
		assertThat(desk.locator("#action-approve-extension").count()).isZero();
		assertThat(api.as("dispatcher").get("/api/v1/cases/" + id).json().path("extensionCount").asInt()).isOne();
	}

	@Test
	void aDestructiveStepAsksFirstAndCancellingLeavesTheCaseAsItWas() {
		Api api = Api.on(port);
		long id = filed("乱堆物料 " + marker());
		step(api, "dispatcher", id, "dispatch", Map.of("assigneeUnit", GRID, "assigneeUser", "gridworker1"));
		String number = api.as("dispatcher").get("/api/v1/cases/" + id).json().path("number").asString();
		int steps = history(api, id);

		Page page = signedIn("gridworker1", true);
		page.navigate(base() + "/cases/" + id);
		page.locator("#more-actions-toggle").tap();
		Locator back = page.locator("#action-return");
		back.locator("[name=reason]").fill("不属于本网格");
		AtomicReference<String> asked = new AtomicReference<>();
		page.onceDialog(dialog -> {
			asked.set(dialog.message());
			dialog.dismiss();
		});
		back.locator("button[type=submit]").tap();
		page.waitForTimeout(300);
		assertThat(asked.get()).contains(number).contains("退回");
		assertThat(page.locator("#case").getAttribute("data-status")).isEqualTo("DISPATCHED");
		assertThat(back.locator("[name=reason]").inputValue()).isEqualTo("不属于本网格");
		assertThat(history(api, id)).isEqualTo(steps);
		assertThat(api.as("dispatcher").get("/api/v1/cases/" + id).json().path("status").asString())
			.isEqualTo("DISPATCHED");

		page.onceDialog(dialog -> dialog.accept());
		back.locator("button[type=submit]").tap();
		page.waitForSelector("#case[data-status=FILED]");
		assertThat(history(api, id)).isEqualTo(steps + 1);
	}

	@Test
	void doneListsTheCaseTheGridWorkerHandledOnceItWaitsForThemNoMore() {
		Api api = Api.on(port);
		long id = filed("绿地破坏 " + marker());
		step(api, "dispatcher", id, "dispatch", Map.of("assigneeUnit", GRID, "assigneeUser", "gridworker1"));
		step(api, "gridworker1", id, "accept", Map.of());
		step(api, "gridworker1", id, "handle", Map.of("note", "已补种"));

		for (boolean phone : new boolean[] { false, true }) {
			Page page = signedIn("gridworker1", phone);
			page.navigate(base() + "/cases/mine");
			assertThat(page.locator("#my-cases .case-card[data-id='" + id + "']").count()).isZero();
			page.locator("#tab-done").click();
			page.waitForSelector("#done-cases");
			assertThat(page.locator("#tab-done").getAttribute("class")).contains("active");
			Locator done = page.locator(".done-case[data-id='" + id + "']");
			assertThat(done.count()).isEqualTo(1);
			assertThat(done.getAttribute("data-action")).isEqualTo("handle");
			assertThat(done.locator(".done-step").innerText()).startsWith("我的上一步：处置反馈 · ");
			assertThat(done.locator(".case-status").innerText()).isEqualTo("已反馈");
			Browser.screenshot(page, "actions-07-done-" + (phone ? "phone" : "desk"));
		}
		// the desk may still reassign or close an open case, so it waits for them until it is closed
		step(api, "supervisor", id, "check-pass", Map.of());
		Page desk = signedIn("dispatcher", false);
		desk.navigate(base() + "/cases/mine?tab=done");
		assertThat(desk.locator(".done-case[data-id='" + id + "']").getAttribute("data-action")).isEqualTo("dispatch");
	}

	@Test
	void theStaffPageShowsTheReportersRatingAsStars() {
		Api api = Api.on(port);
		long id = filed("路面破损 " + marker());
		step(api, "dispatcher", id, "dispatch", Map.of("assigneeUnit", GRID, "assigneeUser", "gridworker1"));
		step(api, "gridworker1", id, "accept", Map.of());
		step(api, "gridworker1", id, "handle", Map.of("note", "已修补"));
		step(api, "supervisor", id, "check-pass", Map.of());
		step(api, "resident1", id, "rate", Map.of("score", 3, "comment", "还可以"));

		Page page = signedIn("dispatcher", false);
		page.navigate(base() + "/cases/" + id);
		Locator rating = page.locator("#case-rating");
		assertThat(rating.getAttribute("data-score")).isEqualTo("3");
		assertThat(rating.locator(".stars-given").getAttribute("aria-label")).isEqualTo("3 星");
		assertThat(rating.locator(".stars-given span:not(.off)").count()).isEqualTo(3);
		assertThat(rating.locator(".stars-given span.off").count()).isEqualTo(2);
		assertThat(page.locator("#case-rating-comment").innerText()).isEqualTo("还可以");
		assertThat(rating.innerText()).doesNotContain("/ 5");
		Browser.screenshot(page, "actions-08-rating-desk");
	}

	private Page assertPrimary(String username, long id, String wire) {
		Page page = signedIn(username, true);
		page.navigate(base() + "/cases/" + id);
		assertThat(page.locator("#case-actions .btn-primary").count()).as(username + " at " + wire).isEqualTo(1);
		assertThat(page.locator("#action-" + wire + " button.btn-primary").count()).as(wire).isEqualTo(1);
		return page;
	}

	@SuppressWarnings("unchecked")
	private static List<String> unitOptions(Locator form) {
		List<String> values = new ArrayList<>((List<String>) form.locator("[name=assigneeUnit] option")
			.evaluateAll("os => os.map(o => o.value)"));
		values.removeIf(String::isEmpty);
		return values;
	}

	private int history(Api api, long id) {
		return api.as("dispatcher").get("/api/v1/cases/" + id).json().path("history").size();
	}

	private long filed(String description) {
		Api api = Api.on(port);
		long id = report(description);
		step(api, "gridworker1", id, "verify", Map.of());
		step(api, "dispatcher", id, "file", Map.of());
		return id;
	}

	private long report(String description) {
		Api api = Api.on(port);
		JsonNode c = api.as("admin").get("/api/v1/regions/" + GRID).json().path("centroid");
		Api.Response r = api.as("resident1").post("/api/v1/cases", Map.of("categoryCode", "E0102", "description",
				description, "location", Map.of("lat", c.path("lat").asDouble(), "lng", c.path("lng").asDouble()),
				"reporterContact", "13800000000"));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().path("id").asLong();
	}

	private static void step(Api api, String username, long id, String action, Map<String, ?> body) {
		Api.Response r = api.as(username).post("/api/v1/cases/" + id + "/actions/" + action, body);
		assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
	}

	private Page signedInOn(String username, long id) {
		Page page = signedIn(username, false);
		page.navigate(base() + "/cases/" + id);
		return page;
	}

	private Page signedIn(String username, boolean phone) {
		Page page = browser.page(phone);
		Browser.signIn(page, base(), username);
		return page;
	}

	private static String marker() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
