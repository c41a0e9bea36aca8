package org.civicgrid.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two phones side by side: resident1 asks a question in their courtyard's channel and gridworker1's open page of
 * the same channel shows it without a reload (escaped, as text); the grid worker's list of channels counts it
 * unread while it is open elsewhere. Screens in {@code target/screenshots/messaging-*.png}.
 */
class ChannelBrowserTests extends BrowserTest {

	@Test
	void aResidentsPostReachesTheGridWorkersOpenPageLive() {
		long channel = residentsCourtyard();
		Page worker = browser.page(true);
		Browser.signIn(worker, base(), "gridworker1");
		worker.navigate(base() + "/messaging");
		assertThat(worker.locator(".my-channel[data-id='" + channel + "']").count()).isEqualTo(1);
		Browser.screenshot(worker, "messaging-01-worker-channels");
		worker.click(".my-channel[data-id='" + channel + "']");
		worker.waitForSelector("#channel[data-id='" + channel + "']");
		assertThat(worker.locator(".post").count()).isPositive();
		Page list = browser.page(true);
		Browser.signIn(list, base(), "gridworker1");
		list.navigate(base() + "/messaging");
		String unreadBefore = list.locator(".my-channel[data-id='" + channel + "']").getAttribute("data-unread");

		Page resident = browser.page(true);
		Browser.signIn(resident, base(), "resident1");
		resident.navigate(base() + "/messaging");
		resident.click(".my-channel[data-id='" + channel + "']");
		resident.waitForSelector("#composer");
		assertThat(resident.locator("#kind option").count()).as("a resident's kinds").isEqualTo(3);
		// a refusal first: nothing written, the field marked
		resident.click("#send");
		resident.waitForLoadState();
		Browser.screenshot(resident, "messaging-02-resident-refused");
		assertThat(resident.locator("#body.is-invalid").count()).isEqualTo(1);
		String words = "<b>楼道灯</b>坏了三天了，晚上很黑，找谁修？" + System.nanoTime() % 1000;
		resident.selectOption("#kind", "question");
		resident.fill("#body", words);
		Browser.screenshot(resident, "messaging-02-resident-asks");
		resident.click("#send");
		resident.waitForURL(u -> u.contains("/messaging/channels/" + channel));
		assertThat(resident.locator(".post-body").last().innerText()).isEqualTo(words);

		worker.waitForSelector(".post-live");
		assertThat(worker.locator(".post-live .post-body").innerText()).as("arrived live, as text").isEqualTo(words);
		assertThat(worker.locator(".post-live .post-kind").innerText()).isEqualTo("政策咨询");
		assertThat(worker.locator(".post-live b").count()).as("no markup from a post").isZero();
		Browser.screenshot(worker, "messaging-03-worker-sees-it-live");
		list.waitForCondition(() -> !unreadBefore.equals(list.locator(".my-channel[data-id='" + channel + "']")
			.getAttribute("data-unread")));
		Browser.screenshot(list, "messaging-04-unread-counted");
	}

	private long residentsCourtyard() {
		JsonNode mine = Api.on(port).as("resident1").get("/api/v1/messaging/channels").json();
		assertThat(mine).as("the demo puts resident1 in a courtyard channel").isNotEmpty();
		return mine.get(0).path("channel").path("id").asLong();
	}
}
