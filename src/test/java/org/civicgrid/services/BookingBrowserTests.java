package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Booking in a browser: on a phone a resident chooses the hall, the day and the slot with its last free place, and
 * reads the materials to bring; the next morning the community's staff at a PC check them in on the hall's day.
 * Screenshots in {@code target/screenshots/services-booking-*}.
 */
class BookingBrowserTests extends BrowserTest {

	@Autowired
	MovableClock clock;

	@Autowired
	ServiceHalls halls;

	@Test
	void aResidentBooksTheLastPlaceAndTheStaffCheckThemIn() {
		clock.stopAt("2026-02-12T09:00");
		String hall = "HB" + System.nanoTime() % 1_000_000;
		List<HallSetup.Period> hours = WeekdayHours.of("08:30", "12:00");
		halls.addMissing(List.of(new HallSetup(hall, "浏览器测试大厅" + hall, "COMMUNITY_HALL", "410105560001", "",
				List.of(new HallSetup.Counter(1, "综合窗口", List.of("ZM007"), 2)), hours, Set.of(), List.of())));
		// someone else holds the first of the two places at 10:00
		String other = "bkb-" + Long.toString(System.nanoTime(), 36);
		Map<String, Object> account = new HashMap<>(Map.of("username", other, "displayName", "另一位居民",
				"password", "test-password-1", "role", "RESIDENT"));
		Api api = Api.on(port);
		assertThat(api.as("admin").post("/api/v1/accounts", account).status()).isEqualTo(201);
		var first = api.withToken(api.tokenFor(other, "test-password-1")).post("/api/v1/services/bookings",
				Map.of("hall", hall, "item", "ZM007", "date", "2026-02-13", "start", "10:00"));
		assertThat(first.status()).as(first.body()).isEqualTo(201);

		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "resident1");
		phone.navigate(base() + "/services/book?item=ZM007");
		phone.click("#hall-" + hall);
		phone.click("#day-2026-02-13");
		phone.waitForSelector("#book-slots");
		assertThat(phone.locator("#slot-1000").innerText()).contains("余 1 个");
		assertThat(phone.locator("#book-materials li").count()).isPositive();
		Browser.screenshot(phone, "services-booking-slots-phone");
		phone.click("#slot-1000");
		phone.waitForSelector("#confirmed");
		assertThat(phone.locator("#confirmed-when").innerText()).contains("2026-02-13 10:00–10:30");
		assertThat(phone.locator("#confirmed-materials li").count()).isPositive();
		Browser.screenshot(phone, "services-booking-confirmed-phone");
		String id = phone.locator("#confirmed").getAttribute("data-id");
		assertThat(api.get("/api/v1/services/halls/" + hall + "/slots?item=ZM007&date=2026-02-13").json()
			.path("slots").get(3).path("free").asInt()).isZero();

		clock.stopAt("2026-02-13T09:50");
		Page pc = browser.page(false);
		Browser.signIn(pc, base(), "community1");
		pc.navigate(base() + "/services/halls/" + hall + "/day?date=2026-02-13");
		assertThat(pc.locator("#day-total").innerText()).contains("2");
		assertThat(pc.locator("#day-booking-" + id).innerText()).contains("已预约");
		pc.click("#check-in-" + id);
		pc.waitForURL(url -> url.contains("/day?date=2026-02-13"));
		assertThat(pc.locator("#day-booking-" + id).innerText()).contains("已签到");
		assertThat(pc.locator("#check-in-" + id).count()).isZero();
		Browser.screenshot(pc, "services-booking-hall-day-pc");

		phone.navigate(base() + "/services/bookings");
		assertThat(phone.locator("#booking-" + id).innerText()).contains("已签到");
	}
}
