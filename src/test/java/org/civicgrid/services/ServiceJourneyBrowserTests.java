package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.civicgrid.services.internal.halls.BookingReminders;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident's whole errand through the pages, as issue 12 tells it: on a phone they find the item in the catalog,
 * read its 一次性告知 and book the last place of a slot; the day before the inbox reminds them; at the hall the
 * community's staff check them in, open the request from the appointment and finish it; the resident rates it 差评
 * and the call-back task that appears is done. Screens in {@code target/screenshots/journey-*.png}.
 */
class ServiceJourneyBrowserTests extends BrowserTest {

	static final String ITEM = "ZM007";

	@Autowired
	MovableClock clock;

	@Autowired
	ServiceHalls halls;

	@Autowired
	BookingReminders reminders;

	@Test
	void findBookTheLastPlaceBeRemindedServedRateBadAndBeCalledBack() {
		clock.stopAt("2026-02-12T09:00");
		String hall = "HJ" + System.nanoTime() % 1_000_000;
		String hallName = "旅程测试大厅" + hall;
		List<HallSetup.Period> hours = WeekdayHours.of("08:30", "12:00");
		halls.addMissing(List.of(new HallSetup(hall, hallName, "COMMUNITY_HALL", "410105560001", "金水路 1 号",
				List.of(new HallSetup.Counter(1, "民政窗口", List.of(ITEM), 2)), hours, Set.of(), List.of())));
		Api api = Api.on(port);
		String resident = resident(api, "旅程居民");
		String other = resident(api, "先到的居民");
		var first = api.withToken(api.tokenFor(other, Api.DEMO_PASSWORD)).post("/api/v1/services/bookings",
				Map.of("hall", hall, "item", ITEM, "date", "2026-02-13", "start", "10:00"));
		assertThat(first.status()).as(first.body()).isEqualTo(201);

		// find the item by words and read everything needed at once
		Page phone = browser.page(true);
		Browser.signIn(phone, base(), resident);
		phone.navigate(base() + "/services/catalog");
		phone.fill("#catalog-q", "高龄津贴");
		phone.click("#catalog-go");
		phone.waitForURL(url -> url.contains("q="));
		assertThat(phone.locator(".catalog-item[data-code=" + ITEM + "]").count()).isEqualTo(1);
		Browser.screenshot(phone, "journey-01-catalog-search");
		phone.click(".catalog-item[data-code=" + ITEM + "]");
		phone.waitForSelector("#item");
		assertThat(phone.locator("#item-name").innerText()).contains("高龄津贴");
		assertThat(phone.locator(".notice-material").count()).isPositive();
		Browser.screenshot(phone, "journey-02-item-notice");

		// book the last place of 10:00
		phone.click("#item-book");
		phone.click("#hall-" + hall);
		phone.click("#day-2026-02-13");
		phone.waitForSelector("#book-slots");
		assertThat(phone.locator("#slot-1000").innerText()).contains("余 1 个");
		Browser.screenshot(phone, "journey-03-last-place");
		phone.click("#slot-1000");
		phone.waitForSelector("#confirmed");
		assertThat(phone.locator("#confirmed-when").innerText()).contains("2026-02-13 10:00–10:30");
		String booking = phone.locator("#confirmed").getAttribute("data-id");
		Browser.screenshot(phone, "journey-04-confirmed");
		assertThat(api.get("/api/v1/services/halls/" + hall + "/slots?item=" + ITEM + "&date=2026-02-13").json()
			.path("slots").get(3).path("free").asInt()).as("the slot is full now").isZero();

		// the day before: the reminder in the inbox
		assertThat(reminders.remindTomorrow()).isPositive();
		phone.navigate(base() + "/inbox");
		assertThat(phone.locator("#inbox-messages .inbox-text").first().innerText()).contains("明天")
			.contains("10:00").contains(hallName).contains("高龄津贴");
		Browser.screenshot(phone, "journey-05-reminder");

		// at the hall: check-in, the request opened from the appointment, started and finished
		clock.stopAt("2026-02-13T09:55");
		Page pc = browser.page(false);
		Browser.signIn(pc, base(), "community1");
		pc.navigate(base() + "/services/halls/" + hall + "/day?date=2026-02-13");
		pc.click("#check-in-" + booking);
		pc.waitForSelector("#request-" + booking);
		assertThat(pc.locator("#day-booking-" + booking).innerText()).contains("已签到");
		Browser.screenshot(pc, "journey-06-checked-in");
		pc.click("#request-" + booking);
		pc.waitForURL(u -> u.matches(".*/services/requests/\\d+$"));
		long request = Long.parseLong(pc.url().replaceAll(".*/", ""));
		assertThat(pc.locator("#received-by").innerText()).isEqualTo("community1");
		assertThat(pc.locator("#request-status").getAttribute("data-status")).isEqualTo("ACCEPTED");
		Browser.screenshot(pc, "journey-07-request-opened");
		pc.click("#action-start button[type=submit]");
		pc.waitForSelector("#request-status[data-status=IN_PROGRESS]");
		pc.fill("#action-finish-result", "已受理高龄津贴申请，次月起发放");
		pc.click("#action-finish button[type=submit]");
		pc.waitForSelector("#request-status[data-status=DONE]");
		Browser.screenshot(pc, "journey-08-request-done");
		// the hall's day counts its open requests by colour: this one is done, so none is open
		pc.navigate(base() + "/services/halls/" + hall + "/day?date=2026-02-13");
		assertThat(pc.locator("#day-requests .day-request-colour[data-colour=GREEN]").innerText()).endsWith(" 0");
		// a second click on the day page leads to the same request, not a new one
		pc.click("#request-" + booking);
		pc.waitForURL(u -> u.endsWith("/services/requests/" + request));

		// the resident rates it 差评 on the phone
		phone.navigate(base() + "/my/services");
		phone.click(".my-request[data-id='" + request + "']");
		phone.waitForSelector("#action-rate");
		phone.click("label[for=score-1]");
		phone.fill("#rate-comment", "预约了还是等了四十分钟");
		phone.click("#action-rate button[type=submit]");
		phone.waitForSelector("#my-rating");
		assertThat(phone.locator("#my-rating").innerText()).contains("差评");
		Browser.screenshot(phone, "journey-09-rated-bad");

		// the call-back task appears for the community and is done; the call was made at 10:20, written up at 10:30
		clock.stopAt("2026-02-13T10:30");
		pc.navigate(base() + "/services/callbacks");
		var task = pc.locator(".callback[data-subject='REQUEST-" + request + "']");
		assertThat(task.getAttribute("data-why")).isEqualTo("BAD_RATING");
		String callback = task.getAttribute("data-id");
		assertThat(task.innerText()).contains("预约了还是等了四十分钟");
		Browser.screenshot(pc, "journey-10-callback-task");
		task.locator("textarea").fill("已致电致歉，说明当天窗口人手不足，已调整排班");
		task.locator("input[type=datetime-local]").fill("2026-02-13T10:20");
		task.locator("button[type=submit]").click();
		pc.waitForURL(u -> u.endsWith("/services/callbacks"));
		assertThat(pc.locator(".callback[data-subject='REQUEST-" + request + "']").count()).isZero();
		// the done tab lists the latest calls first and this one is dated in the test's past: read it by its id
		var made = api.as("community1").get("/api/v1/services/callbacks/" + callback);
		assertThat(made.json().path("doneBy").asString()).isEqualTo("community1");
		assertThat(made.json().path("answer").asString()).contains("已致电致歉");
		assertThat(made.json().path("calledAt").asString()).isEqualTo("2026-02-13T02:20:00Z");
		Browser.screenshot(pc, "journey-11-callback-done");
	}

	private static String resident(Api api, String name) {
		String username = "jr-" + Long.toString(System.nanoTime(), 36);
		Map<String, Object> account = new HashMap<>(Map.of("username", username, "displayName", name, "password",
				Api.DEMO_PASSWORD, "role", "RESIDENT"));
		var created = api.as("admin").post("/api/v1/accounts", account);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}
}
