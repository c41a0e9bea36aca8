package org.civicgrid.portal;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountPageBrowserTests extends BrowserTest {

	@Test
	void adminOpensAnAccountThatCanThenSignIn() {
		Page page = openNewAccountForm("admin");
		submitNewAccount(page, "pagecreated1", "页面新建网格员", "GRID_WORKER", "410105560004002");
		page.waitForSelector("#flash-message");
		// the list pages its accounts and the suite opens many (bookers, staff of the tests): search for the new one
		page.navigate(base() + "/admin/accounts?q=pagecreated1");
		assertThat(page.locator("tr[data-username=pagecreated1]").innerText()).contains("页面新建网格员");
		Browser.screenshot(page, "admin-accounts");

		assertThat(Api.on(port).tokenFor("pagecreated1", "a-long-password")).isNotBlank();
	}

	@Test
	void aRegionOutsideTheAdminsScopeIsRefusedWithAReason() {
		Page page = openNewAccountForm("admin");
		submitNewAccount(page, "pagecreated2", "外区账户", "COMMUNITY_STAFF", "410102001001");
		page.waitForSelector("#new-account-errors");
		assertThat(page.locator("#new-account-errors").innerText()).isEqualTo("请修改标出的字段：管辖区域");
		assertThat(page.locator("#new-account-regionCode-error").innerText()).isEqualTo("区域 410102001001 不在您的管辖范围内。");
		assertThat(page.inputValue("#new-account input[name=username]")).isEqualTo("pagecreated2");
		assertThat(page.locator("tr[data-username=pagecreated2]").count()).isZero();
	}

	@Test
	void gridWorkersCannotOpenTheAccountPages() {
		Page page = browser.page(false);
		Browser.signIn(page, base(), "gridworker2");
		var response = page.navigate(base() + "/admin/accounts");
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void adminFindsAFailedLoginInTheAuditTrail() {
		Api.on(port).post("/api/v1/auth/token", java.util.Map.of("username", "audit-probe", "password", "a-wrong-guess"));
		Page page = browser.page(false);
		Browser.signIn(page, base(), "admin");
		page.navigate(base() + "/admin/audit?actor=audit-probe&action=LOGIN_FAILED");
		String table = page.locator("#audit-table tbody").innerText();
		assertThat(table).contains("audit-probe").contains("登录失败").contains("用户名不存在").doesNotContain("LOGIN")
			.doesNotContain("\t登录\t");
		assertThat(page.locator("#audit-table tbody tr").count()).isPositive();
		Browser.screenshot(page, "admin-audit");
	}

	@Test
	void aLongListPagesKeepingTheSearch() {
		Api admin = Api.on(port).as("admin");
		for (int i = 0; i < 27; i++) {
			var r = admin.post("/api/v1/accounts", java.util.Map.of("username", "pager-%02d".formatted(i),
					"displayName", "翻页账户" + i, "password", "a-long-password", "role", "RESIDENT"));
			assertThat(r.status()).as(r.body()).isEqualTo(201);
		}
		Page page = browser.page(false);
		Browser.signIn(page, base(), "admin");
		page.navigate(base() + "/admin/accounts?q=pager-");
		assertThat(page.locator(".pagination").innerText()).contains("1 / 2");
		page.click(".pagination a:has-text('下一页')");
		page.waitForURL(url -> url.contains("page=1"));
		assertThat(page.url()).contains("q=pager-");
		assertThat(page.locator("tbody tr").count()).isEqualTo(2);
		assertThat(page.locator(".pagination").innerText()).contains("2 / 2");
	}

	private Page openNewAccountForm(String username) {
		Page page = browser.page(false);
		Browser.signIn(page, base(), username);
		page.navigate(base() + "/admin/accounts");
		page.click("#new-account >> xpath=..//summary");
		return page;
	}

	private static void submitNewAccount(Page page, String username, String name, String role, String region) {
		page.fill("#new-account input[name=username]", username);
		page.fill("#new-account input[name=displayName]", name);
		page.fill("#new-account input[name=password]", "a-long-password");
		page.selectOption("#new-account select[name=role]", role);
		page.fill("#new-account input[name=regionCode]", region);
		page.click("#new-account button[type=submit]");
	}
}
