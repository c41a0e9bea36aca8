package org.civicgrid.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A notice's receipts on the page: community1 opens them from the notice in the channel, sees resident1 among those
 * who confirmed and the grid worker among those who have not, and reminds them; the page says how many SMS went out
 * and how many had no phone. Screen in {@code target/screenshots/notice-receipts.png}.
 */
class NoticeReceiptsBrowserTests extends BrowserTest {

	@Test
	void theOwnerSeesWhoConfirmedAndReminds() {
		Api api = Api.on(port);
		JsonNode courtyard = Joining.courtyardOf(api, "resident1");
		long channel = courtyard.path("id").asLong();
		long notice = api.as("community1").post("/api/v1/messaging/channels/" + channel + "/posts", Map.of("kind",
				"notice", "title", "消防演练", "body", "周五下午三点楼院消防演练。", "confirmRead", true)).json().path("id")
			.asLong();
		api.as("resident1").post("/api/v1/messaging/posts/" + notice + "/confirm", Map.of());

		Page page = browser.page(false);
		Browser.signIn(page, base(), "community1");
		page.navigate(base() + "/messaging/channels/" + channel);
		page.click("#post-" + notice + " .post-receipts");
		page.waitForSelector("#receipt-counts");
		assertThat(page.locator("#confirmed .confirmed-person").allInnerTexts()).contains("居民张女士");
		assertThat(page.locator("#waiting .waiting-person").count()).isPositive();
		page.click("#remind");
		page.waitForSelector("#flash-message");
		assertThat(page.locator("#flash-message").innerText()).startsWith("已发短信提醒").contains("没有登记手机");
		Browser.screenshot(page, "notice-receipts");
	}
}
