package org.civicgrid.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.civicgrid.identity.AuditTrail;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's lists as every staff list works: accounts by name, role and region, the audit trail by actor,
 * action and days; sorting by a header both ways, paging keeping the search and the sort, and on a phone only the
 * table scrolls sideways.
 */
class AdminListBrowserTests extends BrowserTest {

	@Autowired
	AuditTrail audit;

	@Test
	void accountsNarrowByRoleSortByUsernameAndPageKeepingBoth() {
		Api admin = Api.on(port).as("admin");
		String prefix = "lst" + UUID.randomUUID().toString().substring(0, 6) + "-";
		for (int i = 0; i < 30; i++) {
			boolean worker = i % 10 == 0;
			var r = admin.post("/api/v1/accounts", Map.of("username", prefix + "%02d".formatted(i),
					"displayName", "列表账户" + i, "password", "a-long-password",
					"role", worker ? "GRID_WORKER" : "RESIDENT", "regionCode", "410105560001001"));
			assertThat(r.status()).as(r.body()).isEqualTo(201);
		}
		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "admin");
		desk.navigate(base() + "/admin/accounts");
		desk.fill("#account-filter [name=q]", prefix);
		desk.selectOption("#account-filter [name=role]", "GRID_WORKER");
		desk.click("#account-filter .list-search");
		desk.waitForURL(url -> url.contains("role=GRID_WORKER"));
		ListPage accounts = new ListPage(desk, "#account-table");
		JsonNode workers = admin.get("/api/v1/accounts?role=GRID_WORKER&q=" + prefix).json();
		assertThat(accounts.column(".account-username")).containsExactlyElementsOf(usernames(workers))
			.containsExactly(prefix + "00", prefix + "10", prefix + "20");
		assertThat(desk.inputValue("#account-filter [name=role]")).isEqualTo("GRID_WORKER");

		desk.selectOption("#account-filter [name=role]", "");
		desk.click("#account-filter .list-search");
		desk.waitForURL(url -> url.contains("role=&") || url.endsWith("role="));
		assertThat(desk.locator("#account-total").innerText()).isEqualTo("共 30 个账户");
		accounts.sortBy("username", "asc");
		accounts.assertSorted(".account-username", Comparator.naturalOrder());
		accounts.sortBy("username", "desc");
		accounts.assertSorted(".account-username", Comparator.<String>naturalOrder().reversed());
		assertThat(accounts.column(".account-username")).hasSize(25).startsWith(prefix + "29");
		accounts.next(2);
		assertThat(desk.url()).contains("q=" + prefix).contains("sort=username");
		assertThat(accounts.column(".account-username")).containsExactly(prefix + "04", prefix + "03", prefix + "02",
				prefix + "01", prefix + "00");
		assertThat(desk.inputValue("#account-filter [name=q]")).isEqualTo(prefix);
		Browser.screenshot(desk, "list-accounts-page-2");

		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "admin");
		phone.navigate(base() + "/admin/accounts?q=" + prefix);
		new ListPage(phone, "#account-table").assertScrollsInsideOnAPhone();
		Browser.screenshot(phone, "list-accounts-phone");
	}

	@Test
	void aFormInARowGoesBackToTheListAsItStoodWithItsSearchSortAndPage() {
		Api admin = Api.on(port).as("admin");
		String prefix = "lsf" + UUID.randomUUID().toString().substring(0, 6) + "-";
		for (int i = 0; i < 27; i++) {
			var r = admin.post("/api/v1/accounts", Map.of("username", prefix + "%02d".formatted(i),
					"displayName", "表单列表" + i, "password", "a-long-password", "role", "RESIDENT"));
			assertThat(r.status()).as(r.body()).isEqualTo(201);
		}
		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "admin");
		desk.navigate(base() + "/admin/accounts?q=" + prefix + "&sort=username,desc&page=1");
		ListPage accounts = new ListPage(desk, "#account-table");
		assertThat(accounts.column(".account-username")).containsExactly(prefix + "01", prefix + "00");

		// a refused reset shows the same page of the same search, sorted the same way, its links keeping both
		var row = desk.locator("tr[data-username=" + prefix + "00]");
		String formId = row.locator("form[id^=password-]").getAttribute("id");
		desk.evaluate("id => document.getElementById(id).noValidate = true", formId);
		row.locator("form[id^=password-] input[name=password]").fill("short");
		row.locator("form[id^=password-] button[type=submit]").click();
		desk.waitForSelector("#" + formId + "-errors");
		assertThat(accounts.column(".account-username")).containsExactly(prefix + "01", prefix + "00");
		assertThat(desk.inputValue("#account-filter [name=q]")).isEqualTo(prefix);
		assertThat(desk.locator("#account-table thead th[data-sort=username]").getAttribute("aria-sort"))
			.isEqualTo("descending");
		assertThat(desk.locator("nav.pager a:has-text('上一页')").getAttribute("href"))
			.startsWith("/admin/accounts?").contains("q=" + prefix).contains("sort=username").contains("page=0");

		// a change that goes through comes back to that list too
		row.locator("form.d-inline button[type=submit]").click();
		desk.waitForSelector("#flash-message");
		assertThat(desk.url()).contains("/admin/accounts?").contains("q=" + prefix).contains("page=1")
			.contains("sort=username");
		assertThat(accounts.column(".account-username")).containsExactly(prefix + "01", prefix + "00");
		assertThat(desk.locator("tr[data-username=" + prefix + "00]").innerText()).contains("已停用");
	}

	@Test
	void theAuditTrailNarrowsByActorAndActionSortsByTargetAndPagesKeepingBoth() {
		String actor = "lst-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 60; i++) {
			audit.record(actor, i < 55 ? "LIST_CHECK" : "LIST_OTHER", "t-%02d".formatted(i), "410105560", "列表测试",
					"127.0.0.1");
		}
		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "admin");
		desk.navigate(base() + "/admin/audit");
		desk.fill("#audit-filter [name=actor]", actor);
		desk.fill("#audit-filter [name=action]", "LIST_OTHER");
		desk.click("#audit-filter .list-search");
		desk.waitForURL(url -> url.contains("action=LIST_OTHER"));
		ListPage entries = new ListPage(desk, "#audit-table");
		JsonNode other = Api.on(port).as("admin").get("/api/v1/audit?action=LIST_OTHER&actor=" + actor).json();
		List<String> targets = new ArrayList<>();
		other.path("items").forEach(e -> targets.add(e.path("target").asString()));
		assertThat(entries.column(".audit-target")).containsExactlyElementsOf(targets).hasSize(5);

		desk.fill("#audit-filter [name=action]", "LIST_CHECK");
		desk.click("#audit-filter .list-search");
		desk.waitForURL(url -> url.contains("action=LIST_CHECK"));
		assertThat(desk.locator("#audit-total").innerText()).isEqualTo("共 55 条记录");
		entries.sortBy("target", "asc");
		entries.assertSorted(".audit-target", Comparator.naturalOrder());
		assertThat(entries.column(".audit-target")).hasSize(50).startsWith("t-00");
		entries.sortBy("target", "desc");
		entries.assertSorted(".audit-target", Comparator.<String>naturalOrder().reversed());
		assertThat(entries.column(".audit-target")).startsWith("t-54");
		entries.next(2);
		assertThat(desk.url()).contains("actor=" + actor).contains("action=LIST_CHECK").contains("sort=target");
		assertThat(entries.column(".audit-target")).containsExactly("t-04", "t-03", "t-02", "t-01", "t-00");
		assertThat(desk.inputValue("#audit-filter [name=actor]")).isEqualTo(actor);
		Browser.screenshot(desk, "list-audit-page-2");

		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "admin");
		phone.navigate(base() + "/admin/audit?actor=" + actor);
		new ListPage(phone, "#audit-table").assertScrollsInsideOnAPhone();
		Browser.screenshot(phone, "list-audit-phone");
	}

	private static List<String> usernames(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.path("items").forEach(a -> names.add(a.path("username").asString()));
		return names;
	}
}
