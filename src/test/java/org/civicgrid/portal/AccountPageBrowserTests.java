package org.civicgrid.portal;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AccountPageBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		browser = Browser.launch();
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void adminOpensAnAccountThatCanThenSignIn() {
		String base = "http://localhost:" + port;
		Page page = browser.page(false);
		Browser.signIn(page, base, "admin");
		page.navigate(base + "/admin/accounts");
		page.click("#new-account >> xpath=..//summary");
		page.fill("#new-account input[name=username]", "pagecreated1");
		page.fill("#new-account input[name=displayName]", "页面新建网格员");
		page.fill("#new-account input[name=password]", "a-long-password");
		page.selectOption("#new-account select[name=role]", "GRID_WORKER");
		page.fill("#new-account input[name=regionCode]", "410105560004002");
		page.click("#new-account button[type=submit]");
		page.waitForSelector("#flash-message");
		assertThat(page.locator("tr[data-username=pagecreated1]").innerText()).contains("页面新建网格员");
		Browser.screenshot(page, "admin-accounts");

		assertThat(Api.on(port).tokenFor("pagecreated1", "a-long-password")).isNotBlank();
	}

	@Test
	void aRegionOutsideTheAdminsScopeIsRefusedWithAReason() {
		String base = "http://localhost:" + port;
		Page page = browser.page(false);
		Browser.signIn(page, base, "admin");
		page.navigate(base + "/admin/accounts");
		page.click("#new-account >> xpath=..//summary");
		page.fill("#new-account input[name=username]", "pagecreated2");
		page.fill("#new-account input[name=displayName]", "外区账户");
		page.fill("#new-account input[name=password]", "a-long-password");
		page.selectOption("#new-account select[name=role]", "COMMUNITY_STAFF");
		page.fill("#new-account input[name=regionCode]", "410102001001");
		page.click("#new-account button[type=submit]");
		page.waitForSelector("#flash-error");
		assertThat(page.locator("#flash-error").innerText()).contains("410102001001");
		assertThat(page.locator("tr[data-username=pagecreated2]").count()).isZero();
	}

	@Test
	void gridWorkersCannotOpenTheAccountPages() {
		String base = "http://localhost:" + port;
		Page page = browser.page(false);
		Browser.signIn(page, base, "gridworker2");
		var response = page.navigate(base + "/admin/accounts");
		assertThat(response.status()).isEqualTo(403);
	}
}
