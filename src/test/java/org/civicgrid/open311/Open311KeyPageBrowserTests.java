package org.civicgrid.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** The admin page of Open311 keys: a key is shown once, works at once, and stops working when revoked. */
class Open311KeyPageBrowserTests extends BrowserTest {

	@Test
	void adminIssuesAKeyOnThePageAndRevokesIt() {
		String label = "页面密钥 " + Open311Fixture.marker();
		Page page = browser.page(false);
		Browser.signIn(page, base(), "admin");
		page.navigate(base() + "/admin/open311-keys");
		page.fill("#issue-key input[name=label]", label);
		page.click("#issue-key button[type=submit]");
		page.waitForSelector("#issued-key");
		String key = page.locator("#issued-key code").innerText().strip();
		assertThat(key).startsWith("o311_");
		assertThat(page.locator("#keys-table").innerText()).contains(label).doesNotContain(key);
		Browser.screenshot(page, "admin-open311-keys");

		Open311Client client = Open311Client.json(port);
		Map<String, String> form = new Open311Fixture(org.civicgrid.testing.Api.on(port))
			.request("页面密钥上报 " + Open311Fixture.marker());
		form.put("api_key", key);
		assertThat(client.post("requests", form).status()).isEqualTo(201);

		// the key is not shown again
		page.navigate(base() + "/admin/open311-keys");
		assertThat(page.locator("#issued-key").count()).isZero();
		page.locator("#keys-table tr", new Page.LocatorOptions().setHasText(label)).locator("button").click();
		page.waitForLoadState();
		assertThat(page.locator("#keys-table tr", new Page.LocatorOptions().setHasText(label)).innerText())
			.contains("已于").contains("admin");
		assertThat(client.post("requests", form).status()).isEqualTo(403);
	}

	@Test
	void staffOtherThanAdminsCannotOpenThePage() {
		Page page = browser.page(false);
		Browser.signIn(page, base(), "dispatcher");
		assertThat(page.navigate(base() + "/admin/open311-keys").status()).isEqualTo(403);
	}
}
