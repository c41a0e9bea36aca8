package org.civicgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** The category admin page (admins only) and the indicators page with its chart. */
class CatalogPagesBrowserTests extends BrowserTest {

	@Test
	void anAdminEditsACategoryOnThePage() {
		Page admin = browser.page(false);
		Browser.signIn(admin, base(), "admin");
		admin.navigate(base() + "/admin/categories");
		assertThat(admin.locator("section[data-big=E01] h2").innerText()).contains("市容环境");
		assertThat(admin.locator("tr[data-code=E0102]").innerText()).contains("暴露垃圾").contains("4 个工作小时").contains("区环卫中心").doesNotContain("4wh");
		Browser.screenshot(admin, "category-admin");

		String code = "E97%02d".formatted((int) (System.nanoTime() % 90) + 10);
		admin.click("#category-form-card summary");
		admin.fill("#code", code);
		admin.fill("#bigName", "页面测试");
		admin.fill("#smallName", "页面新增");
		admin.fill("#timeLimit", "whenever");
		admin.fill("#filingStandard", "发现即立案");
		admin.fill("#closingStandard", "处置完毕");
		admin.fill("#responsibleUnits", "CGZF");
		admin.click("#category-form button[type=submit]");
		assertThat(admin.locator("#category-form-timeLimit-error").innerText()).contains("whenever");
		assertThat(admin.inputValue("#smallName")).isEqualTo("页面新增");

		admin.fill("#code", code);
		admin.fill("#bigName", "页面测试");
		admin.fill("#smallName", "页面新增");
		admin.fill("#timeLimit", "3wd");
		admin.fill("#filingStandard", "发现即立案");
		admin.fill("#closingStandard", "处置完毕");
		admin.fill("#responsibleUnits", "CGZF SCJG");
		admin.click("#category-form button[type=submit]");
		assertThat(admin.locator("#flash-message").innerText()).contains(code);
		assertThat(admin.locator("tr[data-code=" + code + "]").innerText()).contains("页面新增").contains("3 个工作日")
			.contains("区城管执法局").contains("市场监管所");

		Page dispatcher = browser.page(false);
		Browser.signIn(dispatcher, base(), "dispatcher");
		dispatcher.navigate(base() + "/admin/categories");
		assertThat(dispatcher.content()).doesNotContain("category-form");
	}

	@Test
	void theDispatcherSeesIndicatorsWithAChart() {
		Page dispatcher = browser.page(false);
		Browser.signIn(dispatcher, base(), "dispatcher");
		dispatcher.navigate(base() + "/cases/indicators?from=2025-01-01&to=2030-12-31");
		assertThat(dispatcher.locator("#indicator-total").innerText()).contains("合计");
		if (dispatcher.locator("#indicator-chart").count() > 0) {
			dispatcher.waitForSelector("#indicator-chart canvas");
		}
		assertThat(dispatcher.locator("#indicator-export").getAttribute("href")).contains("export.xlsx");
		Browser.screenshot(dispatcher, "indicators");

		dispatcher.navigate(base() + "/cases/indicators?from=2026-02-01&to=2026-01-01");
		assertThat(dispatcher.locator("#form-errors").innerText()).isEqualTo("请修改标出的字段：开始日期");
		assertThat(dispatcher.locator("#from-error").innerText()).contains("2026-02-01");
		assertThat(dispatcher.locator("#from").getAttribute("class")).contains("is-invalid");
	}
}
