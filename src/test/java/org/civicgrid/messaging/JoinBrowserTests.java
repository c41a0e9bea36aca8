package org.civicgrid.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Joining by the poster: community1 prints a courtyard's poster (the QR code and the join code); a resident's phone
 * opens the address the QR code carries, says where they live and asks; a wrong code is refused on the field; the
 * request waits on the channel's members page, community1 confirms it, and the channel is in the resident's list.
 * A resident cannot open a poster. Screens in {@code target/screenshots/join-*.png}.
 */
class JoinBrowserTests extends BrowserTest {

	@Test
	void aResidentJoinsFromThePosterAndIsConfirmedOnTheMembersPage() {
		Api api = Api.on(port);
		JsonNode mine = api.as("resident1").get("/api/v1/messaging/channels").json();
		long channel = mine.get(0).path("channel").path("id").asLong();
		String name = mine.get(0).path("channel").path("name").asString();

		Page staff = browser.page(false);
		Browser.signIn(staff, base(), "community1");
		staff.navigate(base() + "/messaging/channels/" + channel + "/members");
		staff.click("#open-poster");
		staff.waitForSelector("#poster svg");
		assertThat(staff.locator("#poster-channel").innerText()).isEqualTo(name);
		String code = staff.locator("#poster-code").innerText().strip();
		String url = staff.locator("#poster-url").innerText().strip();
		assertThat(url).endsWith("/messaging/join?code=" + code);
		assertThat(staff.locator("#poster svg path").count()).isEqualTo(1);
		Browser.screenshot(staff, "join-01-poster");

		String username = MessagingApiTests.resident(api);
		Page phone = browser.page(true);
		Browser.signIn(phone, base(), username);
		phone.navigate(base() + "/messaging/join?code=WRONG1");
		assertThat(phone.locator("#code.is-invalid").count()).isEqualTo(1);
		assertThat(phone.locator(".invalid-feedback[data-field=code]").innerText()).contains("加入码不对");
		phone.navigate(url);
		assertThat(phone.locator("#join-channel").innerText()).isEqualTo(name);
		phone.fill("#note", "5号楼1单元302");
		Browser.screenshot(phone, "join-02-resident-asks");
		phone.click("#ask-to-join");
		phone.waitForSelector("#join-asked");
		assertThat(phone.locator("#join-asked").innerText()).contains(name);

		staff.navigate(base() + "/messaging/channels/" + channel + "/members");
		var pending = staff.locator(".pending-member").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("5号楼1单元302"));
		assertThat(pending.count()).isEqualTo(1);
		Browser.screenshot(staff, "join-03-pending");
		pending.locator(".approve").click();
		staff.waitForLoadState();
		assertThat(staff.locator(".pending-member").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("5号楼1单元302")).count()).isZero();
		assertThat(staff.locator(".active-member").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("5号楼1单元302")).count()).isEqualTo(1);

		phone.navigate(base() + "/messaging");
		assertThat(phone.locator(".my-channel[data-id='" + channel + "']").count()).isEqualTo(1);
		Browser.screenshot(phone, "join-04-in-the-channel");
		var refused = phone.navigate(base() + "/messaging/channels/" + channel + "/poster");
		assertThat(refused.status()).as("a member prints no poster").isEqualTo(403);
		assertThat(api.as("resident1").post("/api/v1/messaging/join", Map.of("code", code)).status())
			.as("already in").isEqualTo(409);
	}
}
