package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hall editor and rescheduling in a browser: on a PC the community's staff add a counter with its A and B
 * staff (a wrong item marked beside its field), a closure and an absence, and the hall's day shows B covering and
 * then a warning; on a phone a resident moves a booking to another slot and is refused a slot taken meanwhile,
 * keeping the booking. Screenshots in {@code target/screenshots/services-hall-admin-*} and
 * {@code services-reschedule-*}.
 */
class HallAdminBrowserTests extends BrowserTest {

	@Autowired
	MovableClock clock;

	@Test
	void aCommunitysStaffAddACounterWithAAndBAClosureAndAnAbsence() {
		clock.stopAt("2026-02-12T09:00");
		Api api = Api.on(port);
		// an admin opens the hall on its page; its community's staff set it up
		String hall = HallFixture.code("HB");
		Page admin = browser.page(false);
		Browser.signIn(admin, base(), "admin");
		admin.navigate(base() + "/services/halls");
		admin.click("#hall-new");
		admin.fill("#f-code", hall);
		admin.fill("#f-name", "如意湖社区便民大厅");
		admin.selectOption("#f-level", "COMMUNITY_HALL");
		admin.fill("#f-region", "410105560");
		admin.click("#hall-save");
		admin.waitForSelector("#form-errors");
		assertThat(admin.locator("#regionCode-error").innerText()).contains("不是社区代码");
		assertThat(admin.locator("#f-name").inputValue()).isEqualTo("如意湖社区便民大厅");
		Browser.screenshot(admin, "services-hall-admin-new-refused-pc");
		admin.fill("#f-region", HallFixture.COMMUNITY);
		admin.click("#hall-save");
		admin.waitForSelector("#hall-edit");
		assertThat(admin.locator("#flash-message").innerText()).contains("已新建");
		assertThat(admin.locator("#hall-form").count()).as("an admin renames the hall").isOne();
		assertThat(api.as("community1").put("/api/v1/services/halls/" + hall + "/hours",
				HallFixture.weekdays("08:30", "12:00", "14:00", "17:30", List.of(4))).status()).isEqualTo(200);

		Page pc = browser.page(false);
		Browser.signIn(pc, base(), "community1");
		pc.navigate(base() + "/services/halls");
		pc.click("#edit-" + hall);
		pc.waitForSelector("#hall-edit");
		assertThat(pc.locator("#counters-none").isVisible()).isTrue();
		assertThat(pc.locator("#hall-form").count()).as("community staff do not rename the hall").isZero();

		pc.fill("#counter-new-number", "1");
		pc.fill("#counter-new-name", "综合窗口");
		pc.fill("#counter-new-items", "ZM007 ZM008");
		pc.fill("#counter-new-capacity", "2");
		pc.fill("#counter-new-staffA", "community1");
		pc.fill("#counter-new-staffB", "gridworker1");
		pc.click("#counter-new-save");
		pc.waitForSelector("#flash-message");
		assertThat(pc.locator("#flash-message").innerText()).contains("窗口已保存");
		assertThat(pc.locator("#counter-1-staffA").inputValue()).isEqualTo("community1");
		assertThat(pc.locator("#counter-1-staffB").inputValue()).isEqualTo("gridworker1");
		assertThat(pc.locator("#duty-today-1").innerText()).contains("值班").contains("社区工作者");
		Browser.screenshot(pc, "services-hall-admin-counter-pc");

		// a counter with an unknown item: the mistake beside its field, what was typed kept
		pc.fill("#counter-new-number", "2");
		pc.fill("#counter-new-name", "第二窗口");
		pc.fill("#counter-new-items", "ZM007 NOPE99");
		pc.fill("#counter-new-capacity", "1");
		pc.click("#counter-new-save");
		pc.waitForSelector("#counter-new-errors");
		assertThat(pc.locator("#counter-new-errors").innerText()).contains("办理事项");
		assertThat(pc.locator("#counter-new-items").getAttribute("class")).contains("is-invalid");
		assertThat(pc.locator("#counter-new-items-error").innerText()).contains("NOPE99");
		assertThat(pc.locator("#counter-new-name").inputValue()).isEqualTo("第二窗口");
		Browser.screenshot(pc, "services-hall-admin-refusal-pc");

		pc.fill("#closure-date", "2026-02-20");
		pc.fill("#closure-reason", "消防检查");
		pc.click("#closure-add");
		pc.waitForSelector("#closure-2026-02-20");
		assertThat(pc.locator("#closure-2026-02-20").innerText()).contains("消防检查");
		assertThat(api.get("/api/v1/services/halls/" + hall + "/slots?item=ZM007&date=2026-02-20").json()
			.path("state").asString()).isEqualTo("CLOSURE");

		pc.selectOption("#absence-username", "community1");
		pc.fill("#absence-from", "2026-02-13");
		pc.fill("#absence-reason", "年休假");
		pc.click("#absence-add");
		pc.waitForSelector("#absence-community1-2026-02-13");
		Browser.screenshot(pc, "services-hall-admin-closure-absence-pc");

		pc.navigate(base() + "/services/halls/" + hall + "/day?date=2026-02-13");
		assertThat(pc.locator("#duty-1").innerText()).contains("B 岗顶岗");
		assertThat(pc.locator("#duty-a-1").getAttribute("class")).contains("text-decoration-line-through");
		assertThat(pc.locator("#duty-warning-1").count()).isZero();
		Browser.screenshot(pc, "services-hall-admin-day-b-covers-pc");

		pc.navigate(base() + "/services/halls/" + hall + "/edit#absences");
		pc.selectOption("#absence-username", "gridworker1");
		pc.fill("#absence-from", "2026-02-13");
		pc.click("#absence-add");
		pc.waitForSelector("#absence-gridworker1-2026-02-13");
		pc.navigate(base() + "/services/halls/" + hall + "/day?date=2026-02-13");
		assertThat(pc.locator("#duty-warning-1").innerText()).contains("都不在岗");
		assertThat(pc.locator("#duty-1").innerText()).contains("无人在岗");
		Browser.screenshot(pc, "services-hall-admin-day-uncovered-pc");
	}

	@Test
	void aResidentMovesABookingOnAPhoneAndKeepsItWhenTheNewSlotIsTakenMeanwhile() {
		clock.stopAt("2026-02-12T09:00");
		Api api = Api.on(port);
		HallFixture fixture = new HallFixture(api);
		String hall = fixture.openCommunityHall();
		fixture.addCounter(hall, 1, List.of("ZM007"), 1, "community1", "gridworker1");
		String resident = account(api, "RESIDENT");
		Api mine = api.withToken(api.tokenFor(resident, Api.DEMO_PASSWORD));
		long id = mine.post("/api/v1/services/bookings", HallFixture.booking(hall, "ZM007", "2026-02-13", "09:00"))
			.json().path("booking").path("id").asLong();

		Page phone = browser.page(true);
		Browser.signIn(phone, base(), resident);
		phone.navigate(base() + "/services/bookings");
		phone.click("#reschedule-" + id);
		phone.waitForSelector("#reschedule-current");
		assertThat(phone.locator("#slot-0900").innerText()).contains("原预约");
		assertThat(phone.locator("#slot-0900").isDisabled()).isTrue();
		Browser.screenshot(phone, "services-reschedule-slots-phone");
		phone.click("#slot-1000");
		phone.waitForSelector("#bookings-message");
		assertThat(phone.locator("#bookings-message").innerText()).contains("已改约到 2026-02-13 10:00");
		assertThat(phone.locator("#booking-" + id).innerText()).contains("已改约");
		assertThat(phone.locator("#reschedule-" + id).count()).isZero();
		Browser.screenshot(phone, "services-reschedule-done-phone");
		long moved = mine.get("/api/v1/services/bookings/" + id).json().path("rescheduledTo").asLong();
		assertThat(phone.locator("#booking-" + moved).innerText()).contains("已预约").contains("10:00");

		// the 11:00 place goes to someone else while the page is open: refused, the 10:00 booking kept
		phone.click("#reschedule-" + moved);
		phone.waitForSelector("#slot-1100");
		String other = account(api, "RESIDENT");
		assertThat(api.withToken(api.tokenFor(other, Api.DEMO_PASSWORD)).post("/api/v1/services/bookings",
				HallFixture.booking(hall, "ZM007", "2026-02-13", "11:00")).status()).isEqualTo(201);
		phone.click("#slot-1100");
		phone.waitForSelector("#book-refusal");
		assertThat(phone.locator("#book-refusal").innerText()).contains("约满");
		Browser.screenshot(phone, "services-reschedule-full-phone");
		assertThat(mine.get("/api/v1/services/bookings/" + moved).json().path("state").asString()).isEqualTo("BOOKED");
	}

	/** An account whose password is the demo's, so the login page signs it in. */
	private static String account(Api api, String role) {
		String username = "hab-" + Long.toString(System.nanoTime(), 36);
		Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "改约居民",
				"password", Api.DEMO_PASSWORD, "role", role));
		assertThat(api.as("admin").post("/api/v1/accounts", body).status()).isEqualTo(201);
		return username;
	}
}
