package org.civicgrid.portal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import page's history as every staff list works: the search narrows the uploads to what the API answers, the
 * file name's header sorts both ways, page 2 keeps the search and the sort, a refused upload shows the history as it
 * was, and on a phone the page never widens.
 */
class ImportHistoryBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHistoryNarrowsByStateSortsByFileNameAndPagesKeepingTheSearch() {
		String marker = "hb" + UUID.randomUUID().toString().substring(0, 8);
		Instant now = Instant.now();
		for (int i = 0; i < 23; i++) {
			job("gridworker2", i % 5 == 2 ? "FAILED" : "DONE", marker + "-%02d.xlsx".formatted(i),
					now.minus(Duration.ofMinutes(5 + i)));
		}
		job("gridworker1", "DONE", marker + "-someone-else.xlsx", now);

		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "gridworker2");
		desk.navigate(base() + "/registry/imports");
		desk.fill("#import-filter [name=q]", marker);
		desk.selectOption("#import-filter [name=state]", "FAILED");
		desk.click("#import-filter .list-search");
		desk.waitForURL(url -> url.contains("state=FAILED"));
		ListPage list = new ListPage(desk, "#import-history");
		JsonNode failed = Api.on(port).as("gridworker2").get("/api/v1/registry/imports?state=FAILED&q=" + marker)
			.json();
		assertThat(list.column(".import-filename")).containsExactlyElementsOf(filenames(failed))
			.containsExactly(marker + "-02.xlsx", marker + "-07.xlsx", marker + "-12.xlsx", marker + "-17.xlsx",
					marker + "-22.xlsx");
		assertThat(desk.locator("#import-history .import-state").allInnerTexts()).containsOnly("失败");
		assertThat(desk.locator("#import-history .import-owner").count()).as("one's own uploads need no name").isZero();

		desk.selectOption("#import-filter [name=state]", "");
		desk.click("#import-filter .list-search");
		desk.waitForURL(url -> url.contains("state=&") || url.endsWith("state="));
		assertThat(desk.locator("#import-history-total").innerText()).isEqualTo("共 23 次导入");
		list.sortBy("filename", "asc");
		list.assertSorted(".import-filename", Comparator.naturalOrder());
		list.sortBy("filename", "desc");
		list.assertSorted(".import-filename", Comparator.<String>naturalOrder().reversed());
		assertThat(list.column(".import-filename")).hasSize(20).startsWith(marker + "-22.xlsx");
		list.next(2);
		assertThat(desk.url()).contains("q=" + marker).contains("sort=filename");
		assertThat(list.column(".import-filename")).containsExactly(marker + "-02.xlsx", marker + "-01.xlsx",
				marker + "-00.xlsx");
		Browser.screenshot(desk, "list-imports-page-2");

		// an upload without a file is refused beside the file field; the history below stays where it was
		desk.evaluate("() => document.getElementById('import-form').noValidate = true");
		desk.click("#import-form button[type=submit]");
		desk.waitForSelector("#form-errors");
		assertThat(desk.locator("#file-error").innerText()).isEqualTo("必填");
		assertThat(desk.inputValue("#import-filter [name=q]")).isEqualTo(marker);
		assertThat(list.column(".import-filename")).containsExactly(marker + "-02.xlsx", marker + "-01.xlsx",
				marker + "-00.xlsx");
		assertThat(desk.locator("nav.pager a:has-text('上一页')").getAttribute("href")).contains("q=" + marker)
			.contains("sort=filename").contains("page=0");

		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "gridworker2");
		phone.navigate(base() + "/registry/imports?q=" + marker);
		new ListPage(phone, "#import-history").assertScrollsInsideOnAPhone();
		Browser.screenshot(phone, "list-imports-phone");

		// an administrator reads the scope's uploads with their uploader, and narrows them to one
		Page admin = browser.page(false);
		Browser.signIn(admin, base(), "admin");
		admin.navigate(base() + "/registry/imports?q=" + marker + "&owner=gridworker1");
		assertThat(new ListPage(admin, "#import-history").column(".import-owner")).containsExactly("gridworker1");
		assertThat(admin.inputValue("#import-filter [name=owner]")).isEqualTo("gridworker1");
	}

	private void job(String owner, String state, String filename, Instant at) {
		jdbc.sql("""
				insert into import_job (kind, state, owner, owner_region, filename, total, imported, progress,
				  created_at, finished_at)
				values ('person', :state, :owner, '410105560002001', :filename, 10, 10, 100, :at, :at)""")
			.param("state", state).param("owner", owner).param("filename", filename).param("at", Timestamp.from(at))
			.update();
	}

	private static List<String> filenames(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.path("items").forEach(j -> names.add(j.path("filename").asString()));
		return names;
	}
}
