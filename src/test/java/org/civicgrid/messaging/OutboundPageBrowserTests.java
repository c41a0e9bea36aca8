package org.civicgrid.messaging;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.civicgrid.messaging.internal.outbound.OutboundKit;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery log on a PC for the street's staff (each state its colour, phones masked, attempts and errors) and
 * the SMS choices on a resident's phone.
 */
class OutboundPageBrowserTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Outbound outbound;

	@Autowired
	MovableClock clock;

	@Test
	void streetStaffSeeEachStateInItsColourWithPhonesMaskedAndTheErrors() {
		String key = "page-test:" + System.nanoTime();
		String phone = OutboundKit.mobile("7788");
		long sent;
		long failed;
		long deferred;
		try (OutboundKit kit = OutboundKit.start(context)) {
			long person = OutboundKit.resident(Api.on(port), "孙丽娟", phone);
			clock.stopAt("2026-12-02T21:59:00");
			kit.sms.then(200, "{\"Message\":\"模板不合法\",\"RequestId\":\"P1\",\"Code\":\"isv.SMS_TEMPLATE_ILLEGAL\"}");
			failed = send(key + ":failed", person, PostKind.NOTICE);
			kit.runDue();
			sent = send(key + ":sent", person, PostKind.EMERGENCY);
			kit.runDue();
			clock.stopAt("2026-12-02T22:30:00");
			deferred = send(key + ":deferred", person, PostKind.NOTICE);
		}
		finally {
			clock.run();
		}

		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "dispatcher");
		desk.navigate(base() + "/messaging/outbound?messageKey=" + key);
		assertThat(desk.locator("#delivery-total").innerText()).isEqualTo("共 3 条");
		String masked = phone.substring(0, 3) + "****7788";
		assertThat(desk.locator("tr[data-id='" + sent + "'] .delivery-recipient").innerText()).isEqualTo(masked);
		assertThat(desk.content()).doesNotContain(phone);
		assertThat(desk.locator("tr[data-id='" + failed + "'] .delivery-error").innerText())
			.isEqualTo("isv.SMS_TEMPLATE_ILLEGAL: 模板不合法");
		assertThat(desk.locator("tr[data-id='" + deferred + "'] .delivery-recipient").innerText())
			.as("not tried yet: no phone opened").isEqualTo("居民 #" + deferredPerson(deferred));
		assertThat(badge(desk, sent)).isEqualTo(List.of("已发送", "rgb(25, 135, 84)"));
		assertThat(badge(desk, failed)).isEqualTo(List.of("发送失败", "rgb(220, 53, 69)"));
		assertThat(badge(desk, deferred)).isEqualTo(List.of("免打扰顺延", "rgb(255, 193, 7)"));
		assertThat(desk.getAttribute("#delivery-export", "href")).isEqualTo("/messaging/outbound/export.xlsx?messageKey="
				+ key);
		Browser.screenshot(desk, "messaging-outbound-log");

		desk.selectOption("#delivery-filter [name=state]", "FAILED");
		desk.click("#delivery-filter .list-search");
		desk.waitForURL(url -> url.contains("state=FAILED"));
		assertThat(desk.locator(".delivery-row").count()).isEqualTo(1);
		assertThat(desk.locator(".delivery-row").getAttribute("data-id")).isEqualTo(String.valueOf(failed));

		desk.navigate(base() + "/messaging/outbound?messageKey=" + key + "&state=LOST&sort=phone");
		assertThat(desk.locator("#delivery-total").innerText()).as("a hand-edited link is the plain list")
			.isEqualTo("共 3 条");
	}

	@Test
	void residentsAndGridWorkersAreRefusedTheLog() {
		for (String who : List.of("resident1", "gridworker1")) {
			Page page = browser.page(who.startsWith("resident"));
			Browser.signIn(page, base(), who);
			var response = page.navigate(base() + "/messaging/outbound");
			assertThat(response.status()).isEqualTo(403);
			assertThat(page.locator("h1").innerText()).isEqualTo("出错了");
			assertThat(page.locator("#nav-outbound").count()).isZero();
		}
	}

	@Test
	void aResidentChoosesOnThePhoneWhichKindsComeBySms() {
		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "resident1");
		try {
			phone.navigate(base() + "/messaging/preferences");
			assertThat(phone.isDisabled("#sms-EMERGENCY")).isTrue();
			assertThat(phone.isChecked("#sms-EMERGENCY")).isTrue();
			phone.setChecked("#sms-NOTICE", false);
			phone.setChecked("#sms-APPOINTMENT", true);
			phone.click("#preferences-save");
			phone.waitForURL(url -> url.contains("saved=true"));
			assertThat(phone.locator("#preferences-saved").innerText()).isEqualTo("已保存");
			assertThat(phone.isChecked("#sms-APPOINTMENT")).isTrue();
			assertThat(phone.isChecked("#sms-NOTICE")).isFalse();
			Browser.screenshot(phone, "messaging-sms-preferences");

			JsonNode kinds = Api.on(port).as("resident1").get("/api/v1/messaging/outbound/preferences").json().get("kinds");
			assertThat(kinds.valueStream().filter(k -> k.get("sms").asBoolean()).map(k -> k.get("kind").asString()))
				.containsExactly("APPOINTMENT", "EMERGENCY");
		}
		finally {
			Api.on(port).as("resident1").put("/api/v1/messaging/outbound/preferences", Map.of("smsKinds", List.of("NOTICE")));
		}
	}

	private long send(String key, long person, PostKind kind) {
		return outbound.send(new OutboundRequest(key, OutboundRecipient.person(person), kind, "410105560001001",
				OutboundContent.sms("SMS_465970123", Map.of("title", "停水通知")))).deliveryId();
	}

	private long deferredPerson(long id) {
		return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select person_id from outbound_delivery where id = :id").param("id", id).query(Long.class).single();
	}

	/** The state badge's words and background colour. */
	private static List<String> badge(Page page, long id) {
		var badge = page.locator("tr[data-id='" + id + "'] .delivery-state");
		return List.of(badge.innerText(), (String) badge.evaluate("e => getComputedStyle(e).backgroundColor"));
	}
}
