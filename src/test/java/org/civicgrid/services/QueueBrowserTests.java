package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The walk-in queue in three browsers: a resident on a phone comes from the item's page, takes a number and sees
 * one ahead; the community's staff at a PC skip the first number and call theirs; the hall's screen (no login)
 * shows it with the counter and the resident's page says which counter, both without reloading; the staff mark it
 * served and the resident's page follows. Screenshots in {@code target/screenshots/services-queue-*}.
 */
class QueueBrowserTests extends BrowserTest {

	private static final double POLL_WAIT_MS = 25_000;

	@Autowired
	MovableClock clock;

	@Autowired
	ServiceHalls halls;

	@Test
	void aResidentTakesANumberTheCounterCallsItTheScreenShowsItAndItIsServed() {
		clock.stopAt("2026-02-12T09:00");
		String hall = "HQB" + System.nanoTime() % 1_000_000;
		List<HallSetup.Period> hours = WeekdayHours.of("08:30", "17:30");
		halls.addMissing(List.of(new HallSetup(hall, "叫号测试大厅" + hall, "COMMUNITY_HALL", "410105560001", "",
				List.of(new HallSetup.Counter(1, "民政窗口", List.of("ZM007"), 1),
						new HallSetup.Counter(2, "证明窗口", List.of("ZM005"), 1)),
				hours, Set.of(), List.of())));
		// someone else took the first number for the same item
		String other = "qb-" + Long.toString(System.nanoTime(), 36);
		Api api = Api.on(port);
		assertThat(api.as("admin").post("/api/v1/accounts", new HashMap<>(Map.of("username", other, "displayName",
				"先到的居民", "password", "test-password-1", "role", "RESIDENT"))).status()).isEqualTo(201);
		assertThat(api.withToken(api.tokenFor(other, "test-password-1"))
			.post("/api/v1/services/halls/" + hall + "/queue", Map.of("item", "ZM007")).json().path("number").asInt())
			.isEqualTo(1);

		// the resident, from the item's page
		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "resident1");
		phone.navigate(base() + "/services/catalog/items/ZM007");
		phone.click("#item-queue");
		phone.click("#hall-" + hall);
		assertThat(phone.locator("#queue-take-outlook").innerText()).isEqualTo("现在有 1 人等候，取号后预计等候约 10 分钟");
		Browser.screenshot(phone, "services-queue-take-phone");
		phone.click("#queue-take-submit");
		Locator ticket = phone.locator(".queue-ticket[data-hall=" + hall + "]");
		String id = ticket.getAttribute("data-id");
		assertThat(phone.locator("#ticket-" + id + "-number").innerText()).isEqualTo("2 号");
		assertThat(phone.locator("#ticket-" + id + "-status").innerText()).isEqualTo("前面还有 1 人，预计等候约 10 分钟");
		assertThat(phone.locator("#ticket-" + id + "-state").innerText()).isEqualTo("等候中");
		Browser.screenshot(phone, "services-queue-waiting-phone");

		// the hall's screen, without signing in
		Page screen = browser.page(false);
		screen.navigate(base() + "/services/halls/" + hall + "/screen");
		assertThat(screen.url()).doesNotContain("/login");
		assertThat(screen.locator("#screen-none").innerText()).isEqualTo("暂未叫号");
		assertThat(screen.locator("#screen-waiting").innerText()).isEqualTo("2");

		// the community's staff, from the hall's day
		Page pc = browser.page(false);
		Browser.signIn(pc, base(), "community1");
		pc.navigate(base() + "/services/halls/" + hall + "/day?date=2026-02-12");
		pc.click("#day-queue");
		pc.waitForSelector("#queue-desk");
		assertThat(pc.locator("#waiting-ZM007").innerText()).contains("2 人等候");
		pc.click("#call-next-2");
		assertThat(pc.locator("#desk-refusal").innerText()).isEqualTo("2 号窗口现在没有等候的号");
		pc.click("#call-next-1");
		pc.waitForSelector("#called-1");
		pc.click("#skip-1");
		pc.waitForSelector("#finished-1");
		assertThat(pc.locator("#finished-1").innerText()).contains("已过号");
		pc.click("#call-next-1");
		pc.waitForSelector("#called-2");
		assertThat(pc.locator("#desk-1").innerText()).contains("2").contains("办结").contains("过号").contains("重呼");
		Browser.screenshot(pc, "services-queue-desk-pc");

		// the screen and the phone follow by themselves
		screen.waitForFunction("() => document.getElementById('screen-latest-number').textContent === '2 号'", null,
				new Page.WaitForFunctionOptions().setTimeout(POLL_WAIT_MS));
		assertThat(screen.locator("#screen-latest-counter").innerText()).isEqualTo("请到 1 号窗口");
		assertThat(screen.locator("#screen-waiting").innerText()).isEqualTo("0");
		Browser.screenshot(screen, "services-queue-screen");
		phone.waitForFunction("id => document.getElementById('ticket-' + id + '-status').textContent.includes('请到 1 号窗口')",
				id, new Page.WaitForFunctionOptions().setTimeout(POLL_WAIT_MS));
		assertThat(phone.locator("#ticket-" + id + "-status").innerText()).isEqualTo("请到 1 号窗口（民政窗口）办理");
		assertThat(phone.locator("#ticket-" + id + "-state").innerText()).isEqualTo("已叫号");
		Browser.screenshot(phone, "services-queue-called-phone");

		pc.click("#serve-2");
		pc.waitForSelector("#finished-2");
		assertThat(pc.locator("#finished-2").innerText()).contains("已办结");
		assertThat(pc.locator("#desk-counts").innerText()).isEqualTo("等候 0 人 · 已办结 1 · 过号 1");
		Browser.screenshot(pc, "services-queue-desk-served-pc");
		phone.waitForFunction("id => document.getElementById('ticket-' + id + '-state').textContent === '已办结'", id,
				new Page.WaitForFunctionOptions().setTimeout(POLL_WAIT_MS));
		assertThat(phone.locator("#ticket-" + id + "-status").innerText()).isEqualTo("已办结，感谢您的耐心等候");
		Browser.screenshot(phone, "services-queue-served-phone");
		screen.waitForFunction("() => !document.getElementById('screen-none').classList.contains('d-none')", null,
				new Page.WaitForFunctionOptions().setTimeout(POLL_WAIT_MS));

		// the screen in English, through the bundles
		screen.navigate(base() + "/services/halls/" + hall + "/screen?lang=en");
		assertThat(screen.locator("#screen-none").innerText()).isEqualTo("No number called yet");
	}
}
