package org.civicgrid.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * 逐级转发 on the pages, two phones and a PC: a resident asks in their courtyard's channel; gridworker1's open
 * channel shows it live, the grid worker opens the thread and forwards it to the community while the resident's
 * thread shows the step arrive; the street's dispatcher finds it on the console and records it as a case; the case
 * goes round the loop and its completion reaches the resident's thread live; the resident rates it from there, and
 * the rating is the thread's last step; the indicators page shows post to case and to completion. Screens in {@code target/screenshots/forward-*.png}.
 */
class ForwardBrowserTests extends BrowserTest {

	@Test
	void aResidentsQuestionIsForwardedFiledHandledAndRatedFromItsThread() throws Exception {
		Api api = Api.on(port);
		long courtyard = MessagingApiTests.courtyardOf(api, "gridworker1");
		String username = MessagingApiTests.resident(api);
		String code = api.as("gridworker1").get("/api/v1/messaging/channels/" + courtyard).json().path("channel")
			.path("joinCode").asString();
		Api asResident = api.withToken(api.tokenFor(username, Api.DEMO_PASSWORD));
		long account = asResident.post("/api/v1/messaging/join", Map.of("code", code)).json().path("accountId")
			.asLong();
		api.as("gridworker1").post("/api/v1/messaging/channels/" + courtyard + "/members/" + account + "/approve",
				Map.of());

		Page worker = browser.page(true);
		Browser.signIn(worker, base(), "gridworker1");
		worker.navigate(base() + "/messaging/channels/" + courtyard);
		Page resident = browser.page(true);
		Browser.signIn(resident, base(), username);
		resident.navigate(base() + "/messaging/channels/" + courtyard);
		String words = "3号楼电梯停了两天，老人上下楼很难，能催一下物业吗？" + System.nanoTime() % 1000;
		resident.selectOption("#kind", "question");
		resident.fill("#body", words);
		resident.click("#send");
		resident.waitForURL(u -> u.contains("/messaging/channels/" + courtyard));

		worker.waitForSelector(".post-live");
		assertThat(worker.locator(".post-live .post-body").innerText()).isEqualTo(words);
		long postId = Long.parseLong(worker.locator(".post-live").getAttribute("data-id"));
		resident.navigate(base() + "/messaging/posts/" + postId);
		assertThat(resident.locator("#forward").count()).as("no staff buttons for a resident").isZero();
		worker.navigate(base() + "/messaging/posts/" + postId);
		worker.fill("#note", "物业不接电话，请社区协调");
		Browser.screenshot(worker, "forward-01-worker-thread");
		worker.click("#forward-up");
		worker.waitForSelector("#flash-message");
		assertThat(worker.locator("#flash-message").innerText()).contains("已转至").contains("居民群");
		assertThat(worker.locator("#forward-state-badge").innerText()).isEqualTo("转发中");

		resident.waitForSelector(".post-live[data-step=FORWARDED]");
		assertThat(resident.locator(".post-live[data-step=FORWARDED] .post-body").innerText())
			.contains("物业不接电话，请社区协调");
		Browser.screenshot(resident, "forward-02-resident-sees-the-step");

		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "dispatcher");
		desk.navigate(base() + "/messaging/forwards?state=FORWARDED");
		assertThat(desk.locator(".forward-row[data-post='" + postId + "']").count()).isEqualTo(1);
		Browser.screenshot(desk, "forward-03-console");
		var download = desk.waitForDownload(() -> desk.click("#forward-export"));
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(download.path().toFile())) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("发帖时间");
			boolean found = false;
			for (var row : sheet) {
				found |= row.getRowNum() > 0 && words.equals(row.getCell(3).getStringCellValue())
						&& "转发中".equals(row.getCell(6).getStringCellValue());
			}
			assertThat(found).as("the forwarded post in the export, on its way up").isTrue();
		}
		desk.click(".forward-row[data-post='" + postId + "'] a");
		desk.waitForSelector("#case");
		desk.click("#file-case");
		desk.waitForLoadState(LoadState.LOAD);
		assertThat(desk.locator("#categoryCode.is-invalid").count()).as("a category is asked for").isEqualTo(1);
		desk.selectOption("#categoryCode", "E0102");
		desk.fill("#address", "3号楼");
		desk.click("#file-case");
		desk.waitForSelector("#flash-message");
		assertThat(desk.locator("#flash-message").innerText()).contains("已登记为案件");
		long caseId = Long.parseLong(desk.locator("#forward-case").getAttribute("href").replaceAll("\\D+", ""));
		assertThat(desk.locator("#case").count()).as("filed once").isZero();
		Browser.screenshot(desk, "forward-04-filed");

		resident.waitForSelector(".post-live[data-step=SUBMITTED]");
		caseStep(api, "gridworker1", caseId, "verify", Map.of("note", "现场确认"));
		caseStep(api, "dispatcher", caseId, "file", Map.of());
		caseStep(api, "dispatcher", caseId, "dispatch",
				Map.of("assigneeUnit", MessagingApiTests.GRID, "assigneeUser", "gridworker1"));
		caseStep(api, "gridworker1", caseId, "accept", Map.of());
		caseStep(api, "gridworker1", caseId, "handle", Map.of("note", "已联系物业修好电梯"));
		caseStep(api, "supervisor", caseId, "check-pass", Map.of("note", "已核查"));
		resident.waitForSelector(".post-live[data-step=COMPLETED]");
		Browser.screenshot(resident, "forward-05-resident-completed-live");

		resident.reload();
		resident.click("#rate-case");
		resident.waitForSelector("#action-rate");
		resident.locator("label[for=score-5]").click();
		resident.fill("#rate-comment", "电梯修好了，谢谢");
		resident.click("#action-rate button[type=submit]");
		resident.waitForSelector("#case-rating");
		resident.navigate(base() + "/messaging/posts/" + postId);
		var last = resident.locator(".post[data-kind=CASE_STEP]").last();
		assertThat(last.getAttribute("data-step")).isEqualTo("RATED");
		assertThat(last.locator(".post-body").innerText()).contains("5 星").contains("电梯修好了");
		assertThat(resident.locator("#rate-case").count()).as("rated once").isZero();
		Browser.screenshot(resident, "forward-06-rated");

		// the indicators page carries post to case and post to completion beside casework's own figures
		desk.navigate(base() + "/cases/indicators");
		assertThat(desk.locator("#panel-post-to-case .fs-5").innerText()).matches("[0-9.]+ 分钟");
		assertThat(desk.locator("#panel-post-to-close .fs-5").innerText()).matches("[0-9.]+ 分钟");
		assertThat(desk.locator("#panel-forwarded .fs-5").innerText()).matches("[1-9][0-9]*");
		Browser.screenshot(desk, "forward-07-indicators");
	}

	private static void caseStep(Api api, String as, long id, String action, Map<String, ?> body) {
		Api.Response r = api.as(as).post("/api/v1/cases/" + id + "/actions/" + action, body);
		assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
	}
}
