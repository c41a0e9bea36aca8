package org.civicgrid.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatcher's board lists the open cases as every staff list does: a search form above the table (number or
 * words, status, colour, category, grid), sortable headers, the pager keeping both, and a table that scrolls inside
 * its wrapper on a phone.
 */
class BoardListBrowserTests extends BrowserTest {

	private static final String GRID = "410105560001001";

	@Test
	void theSearchNarrowsTheOpenCasesSortsByAHeaderAndPagesKeepingBoth() {
		Api api = Api.on(port);
		String marker = "看板" + UUID.randomUUID().toString().substring(0, 8);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			ids.add(report(api, marker + " 第" + i + "件"));
		}
		for (long id : ids.subList(0, 2)) {
			assertThat(api.as("gridworker1").post("/api/v1/cases/" + id + "/actions/verify", Map.of()).status())
				.isEqualTo(200);
		}

		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "dispatcher");
		desk.navigate(base() + "/cases/board");
		desk.fill("#board-filter [name=text]", marker);
		desk.click("#board-filter .list-search");
		desk.waitForURL(url -> url.contains("text="));
		ListPage board = new ListPage(desk, "#board-table");
		// the rows are the API's open cases of the search, newest first, a page of 20
		JsonNode found = api.as("dispatcher").get("/api/v1/cases?size=100&text=" + marker).json();
		assertThat(found.path("total").asLong()).isEqualTo(23);
		assertThat(desk.locator("#board-total").innerText()).isEqualTo("共 23 件");
		assertThat(rowIds(desk)).containsExactlyElementsOf(apiIds(found).subList(0, 20));

		// a status narrows further, as the API's does
		desk.selectOption("#board-filter [name=status]", "VERIFIED");
		desk.click("#board-filter .list-search");
		desk.waitForURL(url -> url.contains("status=VERIFIED"));
		JsonNode verified = api.as("dispatcher").get("/api/v1/cases?status=VERIFIED&text=" + marker).json();
		assertThat(rowIds(desk)).containsExactlyInAnyOrderElementsOf(apiIds(verified)).containsExactlyInAnyOrderElementsOf(
				ids.subList(0, 2));
		assertThat(desk.inputValue("#board-filter [name=text]")).isEqualTo(marker);
		assertThat(desk.inputValue("#board-filter [name=status]")).isEqualTo("VERIFIED");
		desk.selectOption("#board-filter [name=status]", "");
		desk.click("#board-filter .list-search");
		desk.waitForURL(url -> url.contains("status=&") || url.endsWith("status="));

		// the number's header sorts ascending, then descending, keeping the search
		board.sortBy("number", "asc");
		board.assertSorted(".case-number a", Comparator.naturalOrder());
		assertThat(desk.url()).contains("text=");
		assertThat(board.column(".case-number a")).hasSize(20);
		board.sortBy("number", "desc");
		board.assertSorted(".case-number a", Comparator.<String>naturalOrder().reversed());
		List<String> firstPage = board.column(".case-number a");
		assertThat(desk.inputValue("#board-filter [name=text]")).isEqualTo(marker);
		Browser.screenshot(desk, "list-board-sorted");

		// page 2 holds the last three of the same search in the same order
		board.next(2);
		assertThat(desk.url()).contains("sort=number").contains("text=");
		assertThat(desk.locator(".pager-position").innerText()).isEqualTo("2 / 2");
		List<String> secondPage = board.column(".case-number a");
		assertThat(secondPage).hasSize(3);
		assertThat(secondPage.get(0)).isLessThan(firstPage.get(19));
		board.assertSorted(".case-number a", Comparator.<String>naturalOrder().reversed());
		assertThat(desk.inputValue("#board-filter [name=text]")).isEqualTo(marker);

		// the deadline's header sorts the times; an unknown sort is the board's own order, not an error
		desk.navigate(base() + "/cases/board?text=" + marker + "&sort=reported,asc");
		assertThat(rowIds(desk).get(0)).isEqualTo(ids.get(0));
		desk.navigate(base() + "/cases/board?text=" + marker + "&sort=password,asc");
		assertThat(rowIds(desk)).containsExactlyElementsOf(apiIds(found).subList(0, 20));

		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "dispatcher");
		phone.navigate(base() + "/cases/board?text=" + marker);
		assertThat(phone.locator("#board-table tbody tr[data-id]").count()).isEqualTo(20);
		new ListPage(phone, "#board-table").assertScrollsInsideOnAPhone();
		Browser.screenshot(phone, "list-board-phone");
	}

	private static List<Long> rowIds(Page page) {
		return page.locator("#board-table tbody tr[data-id]").all().stream()
			.map(row -> Long.parseLong(row.getAttribute("data-id")))
			.toList();
	}

	private static List<Long> apiIds(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
		return ids;
	}

	private long report(Api api, String description) {
		JsonNode centroid = api.as("gridworker1").get("/api/v1/regions/" + GRID).json().path("centroid");
		Api.Response r = api.as("resident1").post("/api/v1/cases", Map.of("categoryCode", "E0102",
				"description", description, "location", Map.of("lat", centroid.path("lat").asDouble(),
						"lng", centroid.path("lng").asDouble())));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().path("id").asLong();
	}
}
