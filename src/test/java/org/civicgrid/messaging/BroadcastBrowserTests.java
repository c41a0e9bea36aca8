package org.civicgrid.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * 联动应急 in two browsers: community1 sends an emergency to the community on a PC; resident1's open courtyard channel
 * on a phone shows it live with 收到; the tap counts on the sender's page without a reload. Screens in
 * {@code target/screenshots/messaging-emergency-*.png}.
 */
class BroadcastBrowserTests extends BrowserTest {

	@Test
	void anEmergencyReachesAnOpenPhoneAndItsAcknowledgementCountsLive() {
		long channel = Api.on(port).as("resident1").get("/api/v1/messaging/channels").json().get(0).path("channel")
			.path("id").asLong();
		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "resident1");
		phone.navigate(base() + "/messaging/channels/" + channel);
		phone.waitForSelector("#channel");

		Page pc = browser.page(false);
		Browser.signIn(pc, base(), "community1");
		pc.navigate(base() + "/messaging/broadcasts/new");
		pc.fill("#body", "请立即关闭燃气阀门，勿用明火，有序撤离到小区广场。");
		pc.click("#broadcast-send");
		pc.waitForLoadState();
		assertThat(pc.locator("#title.is-invalid").count()).as("no title: refused, nothing sent").isEqualTo(1);
		assertThat(pc.inputValue("#body")).contains("关闭燃气阀门");
		pc.fill("#title", "燃气泄漏紧急疏散");
		pc.fill("#ackMinutes", "5");
		Browser.screenshot(pc, "messaging-emergency-1-form");
		pc.click("#broadcast-send");
		pc.waitForURL(u -> u.matches(".*/messaging/broadcasts/\\d+$"));
		String before = pc.locator("#acked").innerText();
		assertThat(pc.locator("#broadcast-channels tbody tr").count()).isGreaterThan(1);
		Browser.screenshot(pc, "messaging-emergency-2-sent");

		phone.waitForSelector(".post-live[data-kind=EMERGENCY]");
		assertThat(phone.locator(".post-live[data-kind=EMERGENCY] .post-title").innerText()).isEqualTo("燃气泄漏紧急疏散");
		Browser.screenshot(phone, "messaging-emergency-3-phone");
		phone.click(".post-live[data-kind=EMERGENCY] .post-confirm");
		phone.waitForSelector(".post-confirmed");

		pc.waitForCondition(() -> !pc.locator("#acked").innerText().equals(before));
		assertThat(Integer.parseInt(pc.locator("#acked").innerText())).isEqualTo(Integer.parseInt(before) + 1);
		Browser.screenshot(pc, "messaging-emergency-4-acknowledged");
	}
}
