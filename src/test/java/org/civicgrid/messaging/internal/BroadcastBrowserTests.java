package org.civicgrid.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Page;
import org.civicgrid.messaging.internal.outbound.FakeProvider;
import org.civicgrid.messaging.internal.outbound.OutboundKit;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 联动应急 in two browsers: community1 sends an emergency to the community on a PC; resident1's open courtyard channel
 * on a phone shows it live with 收到; the tap counts on the sender's page without a reload. A second resident of
 * the courtyard, confirmed against the registry, has no page open and does not acknowledge: when the minutes are
 * over their phone gets the SMS at the local server standing in for Alibaba Cloud SMS, and the sender's page says
 * so. Screens in {@code target/screenshots/messaging-emergency-*.png}.
 */
class BroadcastBrowserTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MovableClock clock;

	@Autowired
	BroadcastReminders reminders;

	@Test
	void anEmergencyReachesAnOpenPhoneAndItsAcknowledgementCountsLive() {
		Api api = Api.on(port);
		long channel = api.as("resident1").get("/api/v1/messaging/channels").json().get(0).path("channel")
			.path("id").asLong();
		Joining.Joined second = Joining.confirmed(api, Joining.courtyardOf(api, "resident1"), "刘桂芳", "2468");
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

		// five minutes on: the second resident, who never opened the page, gets the SMS
		long id = Long.parseLong(pc.url().replaceAll(".*/", ""));
		Instant due = Instant.parse(api.as("community1").get("/api/v1/messaging/broadcasts/" + id).json()
			.path("smsDueAt").asString());
		try (OutboundKit kit = OutboundKit.start(context)) {
			clock.stopAt(due.plus(Duration.ofSeconds(1)));
			assertThat(reminders.runDue()).extracting(BroadcastReminders.Reminded::broadcastId).contains(id);
			kit.runDue();
			// other tests' broadcasts fall due at the same time; this one's SMS carries its title
			List<FakeProvider.Received> toSecond = kit.sms.received().stream()
				.filter(r -> second.phone().equals(r.query().get("PhoneNumbers")))
				.filter(r -> r.query().get("TemplateParam").contains("燃气泄漏紧急疏散")).toList();
			assertThat(toSecond).as("one SMS to the one who did not acknowledge").hasSize(1);
		}
		finally {
			clock.run();
		}
		pc.reload();
		assertThat(pc.locator("#sms-state").innerText()).startsWith("已向").contains("位未确认的人发送短信");
		Browser.screenshot(pc, "messaging-emergency-5-sms-sent");
	}
}
