package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The catalog in a browser: a resident without an account finds an item on a phone by pinyin initials, by
 * category and by life event, and reads everything needed at once with its flow chart; an editor at a PC saves a
 * draft with a mistake (named beside its field, what was typed kept), fixes it, publishes it, and the resident's
 * page shows the new version. Screenshots in {@code target/screenshots/services-catalog-*}.
 */
class CatalogBrowserTests extends BrowserTest {

	@Test
	void aResidentFindsAnItemOnAPhoneAndReadsEverythingNeededAtOnce() {
		Page page = browser.page(true);
		page.navigate(base() + "/services/catalog");
		int total = Integer.parseInt(page.locator("#catalog-total").getAttribute("data-total"));
		assertThat(total).isEqualTo(Api.on(port).get("/api/v1/services/catalog/items?size=1").json().path("total").asInt())
			.isGreaterThanOrEqualTo(110);
		assertThat(page.locator("#catalog-categories a").count()).isEqualTo(8);
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		Browser.screenshot(page, "services-catalog-phone");

		page.fill("#catalog-q", "lnyd");
		page.click("#catalog-go");
		page.waitForURL(url -> url.contains("q=lnyd"));
		assertThat(page.locator(".catalog-name").first().innerText()).contains("老年优待");

		page.navigate(base() + "/services/catalog");
		page.click("#catalog-events a[data-event=BIRTH]");
		page.waitForURL(url -> url.contains("event=BIRTH"));
		JsonNode birth = Api.on(port).get("/api/v1/services/catalog/items?event=BIRTH&size=100").json();
		assertThat(page.locator("#catalog-total").getAttribute("data-total")).isEqualTo(birth.path("total").asString());
		page.click("#catalog-categories a[data-category=HEALTH]");
		page.waitForURL(url -> url.contains("category=HEALTH") && url.contains("event=BIRTH"));
		assertThat(page.locator(".catalog-item").count()).isPositive();

		page.locator(".catalog-item").first().click();
		page.waitForSelector("#item");
		String code = page.locator("#item").getAttribute("data-code");
		JsonNode item = Api.on(port).get("/api/v1/services/catalog/items/" + code).json().path("version").path("item");
		assertThat(page.locator("#item-name").innerText()).isEqualTo(item.path("name").asString());
		assertThat(page.locator(".notice-material").count()).isEqualTo(item.path("materials").size());
		assertThat(page.locator(".flow-step").count()).isEqualTo(item.path("steps").size());
		assertThat(page.locator("#item-materials").innerText()).contains(item.path("materials").get(0).path("name").asString());
		assertThat(page.locator("#item-time").innerText()).containsAnyOf("即办", "个工作日");
		assertThat(page.locator("#item-pdf").isVisible()).isTrue();
		assertThat(page.locator("#item-edit").count()).as("no edit link for a resident").isZero();
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		Browser.screenshot(page, "services-catalog-item-phone");
	}

	@Test
	void theLandingAndTheResidentsHomeLeadToTheGuide() {
		Page page = browser.page(true);
		page.navigate(base() + "/login");
		page.click("#landing-catalog");
		page.waitForSelector("#catalog-items");
		assertThat(page.url()).endsWith("/services/catalog");
		assertThat(page.locator("#cg-sidebar").count()).as("no staff sidebar for a visitor").isZero();

		Browser.signIn(page, base(), "resident1");
		page.click("#home-catalog");
		page.waitForSelector("#catalog-items");
		assertThat(page.locator(".catalog-item").count()).isEqualTo(20);
	}

	@Test
	void anEditorFixesAMistakePublishesAndResidentsReadTheNewVersion() {
		String code = "BRW" + (100 + (System.nanoTime() % 800));
		Page page = browser.page(false);
		Browser.signIn(page, base(), "admin");
		page.navigate(base() + "/services/catalog/admin");
		assertThat(page.locator("#admin-items tbody tr").count()).isGreaterThanOrEqualTo(110);
		Browser.screenshot(page, "services-catalog-admin");

		page.click("#admin-new");
		page.fill("#f-code", code);
		page.fill("#f-name", "浏览器测试事项");
		page.selectOption("#f-category", "CIVIL_AFFAIRS");
		page.selectOption("#f-level", "COMMUNITY_HALL");
		page.fill("#f-conditions", "本社区居民");
		page.fill("input[name='materials[0].name']", "居民身份证");
		// no time limit and no step: the browser lets it through, the catalog's rules name both
		page.check("#f-event-OLD_AGE");
		page.click("#save-draft");
		page.waitForSelector("#form-errors");
		assertThat(page.locator("#form-errors").innerText()).contains("办理流程").contains("承诺时限")
			.doesNotContain("steps").doesNotContain("errors");
		assertThat(page.locator("#f-days").getAttribute("class")).contains("is-invalid");
		assertThat(page.inputValue("#f-name")).isEqualTo("浏览器测试事项");
		assertThat(page.inputValue("input[name='materials[0].name']")).isEqualTo("居民身份证");
		assertThat(page.isChecked("#f-event-OLD_AGE")).isTrue();
		Browser.screenshot(page, "services-catalog-admin-errors");

		page.fill("#f-days", "2");
		page.fill("input[name='steps[0].name']", "申请");
		page.fill("input[name='steps[1].name']", "办结");
		page.click("#save-draft");
		page.waitForSelector("#draft-panel");
		assertThat(page.locator("#flash-message").innerText()).contains(code);
		assertThat(Api.on(port).get("/api/v1/services/catalog/items/" + code).status()).isEqualTo(404);

		page.fill("#publish-note", "新增事项");
		page.click("#publish");
		page.waitForSelector("#versions tr[data-version='1'] .badge.text-bg-success");
		assertThat(page.locator("#draft-panel").count()).isZero();

		page.fill("#f-days", "5");
		page.click("#save-draft");
		page.waitForSelector("#draft-panel");
		page.click("#publish");
		page.waitForSelector("#versions tr[data-version='2'] .badge.text-bg-success");
		assertThat(page.locator("#versions tr[data-version='2']").innerText()).contains("承诺时限");

		Page resident = browser.page(true);
		resident.navigate(base() + "/services/catalog/items/" + code);
		assertThat(resident.locator("#item-time").innerText()).contains("5 个工作日");
		assertThat(resident.locator("#item-version").innerText()).contains("第 2 版");
		assertThat(resident.locator(".flow-step").count()).isEqualTo(2);
	}
}
