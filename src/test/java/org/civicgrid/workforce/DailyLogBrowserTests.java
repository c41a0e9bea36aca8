package org.civicgrid.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 民情日志 in Chromium: gridworker1 on a phone writes the day's log, is told the registry has no person of the number
 * typed in a 四有 row (what was typed kept), saves it, and finds it written; community1 on a PC finds it among the community's logs,
 * beside the demo's quarter. Screens in {@code target/screenshots/workforce-log-*.png}.
 */
class DailyLogBrowserTests extends BrowserTest {

	@Autowired
	MovableClock clock;

	@AfterEach
	void wallClock() {
		clock.run();
	}

	@Test
	void aGridWorkerWritesTheDaysLogOnAPhoneAndTheCommunityFindsIt() {
		clock.stopAt("2027-03-12T17:45");
		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "gridworker1");
		phone.navigate(base() + "/workforce/log");
		assertThat(phone.inputValue("#log-day")).isEqualTo("2027-03-12");
		phone.fill("#households", "16");
		phone.fill("#problems", "小区东门路灯不亮");
		phone.locator("[name=entryPerson]").first().fill("999999999");
		phone.locator(".entry-text").first().fill("走访独居老人王大爷，留下联系卡");
		phone.click("#log-save");
		phone.waitForSelector(".form-errors");
		assertThat(phone.locator(".form-errors").innerText()).contains("人口登记中没有编号为 999999999 的人");
		assertThat(phone.locator("#log-saved").count()).isZero();
		assertThat(phone.inputValue("#problems")).isEqualTo("小区东门路灯不亮");
		assertThat(phone.locator("[name=entryPerson]").first().inputValue()).isEqualTo("999999999");
		assertThat(phone.locator(".entry-text").first().inputValue()).isEqualTo("走访独居老人王大爷，留下联系卡");
		Browser.screenshot(phone, "workforce-log-1-refused");

		phone.locator("[name=entryPerson]").first().fill("");
		phone.click("#log-save");
		phone.waitForSelector("#log-saved");
		assertThat(phone.inputValue("#households")).isEqualTo("16");
		assertThat(phone.locator("#log-written").innerText()).contains("第 1 版");
		assertThat(phone.locator(".entry-text").first().inputValue()).isEqualTo("走访独居老人王大爷，留下联系卡");
		assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("the form fits a phone").isTrue();
		Browser.screenshot(phone, "workforce-log-2-saved");

		Page pc = browser.page(false);
		Browser.signIn(pc, base(), "community1");
		pc.navigate(base() + "/workforce/logs?regionCode=410105560001001&openProblems=true");
		assertThat(pc.locator("#logs-table tbody tr").first().innerText()).contains("2027-03-12").contains("16");
		pc.navigate(base() + "/workforce/logs");
		assertThat(pc.locator("#logs-table tbody tr").count()).as("the demo's quarter of logs").isEqualTo(30);
		Browser.screenshot(pc, "workforce-logs");
	}
}
