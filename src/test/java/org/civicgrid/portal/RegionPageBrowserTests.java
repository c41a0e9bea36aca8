package org.civicgrid.portal;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionPageBrowserTests extends BrowserTest {

	String base;

	@BeforeEach
	void setUp() {
		base = base();
	}

	@Test
	void gridWorkerClicksHisGridOnTheMapAndSeesItsContactCard() {
		String grid = "410105560001001";
		var card = Api.on(port).as("gridworker1").get("/api/v1/regions/" + grid + "/staff").json();
		String workerName = card.get(1).get("name").asString();

		Page page = browser.page(false);
		page.navigate(base + "/regions");
		assertThat(page.url()).contains("/login");
		Browser.signIn(page, base, "gridworker1");
		page.navigate(base + "/regions");
		page.waitForSelector("#map[data-ready=true]");
		page.locator("path.grid-" + grid).click();
		page.waitForSelector("#region-card[data-code='" + grid + "']");

		String text = page.locator("#region-card").innerText();
		assertThat(text).contains(grid).contains(workerName).contains("网格员").contains("AB岗网格");
		assertThat(page.locator("path.leaflet-interactive").count()).isEqualTo(1);
		Browser.screenshot(page, "region-page-gridworker");
	}

	@Test
	void streetStaffSeeEveryGridOfTheStreetAndCanSwitchToEnglish() {
		Page page = browser.page(false);
		Browser.signIn(page, base, "dispatcher");
		page.navigate(base + "/regions?lang=en");
		page.waitForSelector("#map[data-ready=true]");
		// other tests share the database and may have added grids to the street: count what the API knows
		var tree = Api.on(port).as("dispatcher").get("/api/v1/regions/tree?root=410105560&depth=2").json();
		int grids = 0;
		for (var community : tree.get("children")) {
			grids += community.get("children").size();
		}
		assertThat(grids).isGreaterThanOrEqualTo(56);
		assertThat(page.locator("path.leaflet-interactive").count()).isEqualTo(grids);
		assertThat(page.locator("#cg-sidebar").innerText()).contains("Grid map");
		assertThat(page.locator("nav.cg-topbar").innerText()).contains("Sign out");
		page.locator(".region-link[data-code='410105560003']").click();
		page.waitForSelector("#region-card[data-code='410105560003']");
		assertThat(page.locator("#region-card").innerText()).contains("Community");
		Browser.screenshot(page, "region-page-street-en");
	}

	@Test
	void gridWorkerHomeIsMadeForAPhone() {
		Page page = browser.page(true);
		Browser.signIn(page, base, "gridworker1");
		page.waitForSelector("#located-card", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
		assertThat(page.locator("#located-card").getAttribute("data-code")).isEqualTo("410105560001001");
		assertThat(page.locator("#locate-me").boundingBox().width).isGreaterThan(300);
		Browser.screenshot(page, "home-gridworker-phone");
	}

	@Test
	void wrongPasswordIsRefusedOnTheLoginPage() {
		Page page = browser.page(false);
		page.navigate(base + "/login");
		page.fill("#username", "leader");
		page.fill("#password", "not-the-password");
		page.click("button[type=submit]");
		page.waitForSelector("#login-error");
		assertThat(page.locator("#login-error").innerText()).contains("用户名或密码错误");
	}
}
