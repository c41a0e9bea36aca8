package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request through the pages: community1 records it at the counter (首问登记, PC), starts and finishes it with the
 * page's primary action; resident1 finds it on the phone and rates it 差评 with the stars; the call-back task appears
 * in the staff's list and is done. Screens in {@code target/screenshots/request-*.png}.
 */
class RequestFlowBrowserTests extends BrowserTest {

	@Autowired
	MovableClock clock;

	@Autowired
	DataSource data;

	@Test
	void aRequestIsRecordedFinishedRatedBadAndCalledBack() {
		new RequestFixture(Api.on(port), data);
		clock.stopAt("2026-12-02T09:00");
		String name = "陈桂兰" + RequestFixture.marker();

		Page staff = signedIn("community1", false);
		staff.navigate(base() + "/services/requests/new");
		// a refusal first: the item left out is marked beside its field, what was typed kept
		staff.fill("#residentName", name);
		staff.click("#record-request button[type=submit]");
		assertThat(staff.locator("#itemCode.is-invalid").count()).isEqualTo(1);
		assertThat(staff.locator(".form-errors-summary").innerText()).contains("事项编码");
		assertThat(staff.inputValue("#residentName")).isEqualTo(name);
		Browser.screenshot(staff, "request-01-record-refused");
		staff.fill("#itemCode", RequestFixture.CERTIFICATE);
		staff.fill("#residentPhone", "13800000009");
		staff.fill("#residentUsername", "resident1");
		staff.fill("#hall", "金水社区一站式服务大厅");
		staff.click("#record-request button[type=submit]");
		staff.waitForURL(u -> u.matches(".*/services/requests/\\d+$"));
		long id = Long.parseLong(staff.url().replaceAll(".*/", ""));
		assertThat(staff.locator("#request-status").getAttribute("data-status")).isEqualTo("ACCEPTED");
		assertThat(staff.locator("#received-by").innerText()).isEqualTo("community1");
		assertThat(staff.locator("#promised-day").innerText()).isEqualTo("2026-12-07");
		assertThat(staff.locator(".request-action-primary").getAttribute("id")).isEqualTo("action-start");
		Browser.screenshot(staff, "request-02-recorded");

		staff.click("#action-start button[type=submit]");
		staff.waitForSelector("#request-status[data-status=IN_PROGRESS]");
		assertThat(staff.locator(".request-action-primary").getAttribute("id")).isEqualTo("action-finish");
		staff.fill("#action-finish-result", "居住证明已出具");
		staff.click("#action-finish button[type=submit]");
		staff.waitForSelector("#request-status[data-status=DONE]");
		assertThat(staff.locator(".request-step").count()).isEqualTo(3);
		Browser.screenshot(staff, "request-03-done");

		Page resident = signedIn("resident1", true);
		resident.navigate(base() + "/my/services");
		assertThat(resident.locator(".my-request[data-id='" + id + "']").count()).isEqualTo(1);
		Browser.screenshot(resident, "request-04-resident-mine");
		resident.click(".my-request[data-id='" + id + "']");
		resident.waitForSelector("#action-rate");
		resident.click("label[for=score-2]");
		resident.fill("#rate-comment", "等了很久才办好");
		Browser.screenshot(resident, "request-05-resident-rate");
		resident.click("#action-rate button[type=submit]");
		resident.waitForSelector("#my-rating");
		assertThat(resident.locator("#my-rating").getAttribute("data-score")).isEqualTo("2");
		assertThat(resident.locator("#my-rating").innerText()).contains("差评");
		Browser.screenshot(resident, "request-06-resident-rated");

		staff.navigate(base() + "/services/callbacks");
		var task = staff.locator(".callback[data-subject='REQUEST-" + id + "']");
		assertThat(task.count()).isEqualTo(1);
		assertThat(task.getAttribute("data-why")).isEqualTo("BAD_RATING");
		assertThat(task.innerText()).contains("等了很久才办好");
		Browser.screenshot(staff, "request-07-callback-task");
		task.locator("button[type=submit]").click();
		var refused = staff.locator(".callback[data-subject='REQUEST-" + id + "']");
		assertThat(refused.locator("textarea.is-invalid").count()).isEqualTo(1);
		refused.locator("textarea").fill("已电话致歉，居民表示理解");
		refused.locator("button[type=submit]").click();
		staff.waitForURL(u -> u.endsWith("/services/callbacks"));
		assertThat(staff.locator(".callback[data-subject='REQUEST-" + id + "']").count()).isZero();
		staff.navigate(base() + "/services/callbacks?done=true");
		var done = staff.locator(".callback[data-subject='REQUEST-" + id + "']");
		assertThat(done.locator(".callback-done").innerText()).contains("已电话致歉").contains("community1");
		Browser.screenshot(staff, "request-08-callback-done");

		staff.navigate(base() + "/services/satisfaction");
		staff.waitForSelector("#satisfaction-chart[data-ready=true]");
		assertThat(staff.locator(".satisfaction-row[data-key='金水社区一站式服务大厅']").count()).isEqualTo(1);
		Browser.screenshot(staff, "request-09-satisfaction");
		staff.navigate(base() + "/services/requests?colour=GREEN");
		Browser.screenshot(staff, "request-10-list");
	}

	private Page signedIn(String username, boolean phone) {
		Page page = browser.page(phone);
		Browser.signIn(page, base(), username);
		return page;
	}
}
