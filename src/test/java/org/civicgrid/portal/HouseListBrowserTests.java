package org.civicgrid.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.microsoft.playwright.Page;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.NewHouse;
import org.civicgrid.registry.Occupancy;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house list as every staff list works: the search narrows the rows as the API's does, the area's header sorts
 * both ways, the pager keeps the search and the sort, and on a phone the page never widens.
 */
class HouseListBrowserTests extends RegistryPageTest {

	@Test
	void theSearchNarrowsTheHousesTheAreaSortsThemAndThePagerKeepsBoth() {
		// unit 2, floors 1 to 5 of the grid's building: RegistryPagesBrowserTests counts two units and five floors there
		String building = regions.subtree(RegionScope.ALL, RegionCode.of(GRID), RegionLevel.BUILDING).stream()
			.filter(r -> r.level() == RegionLevel.BUILDING).findFirst().orElseThrow().code();
		String street = "排序巷" + suffix();
		int base = 1000 + RANDOM.nextInt(8000);
		for (int i = 0; i < 22; i++) {
			houses.upsert(STAFF, new NewHouse(building, 2, 1 + i % 5, "S" + (base + i),
					i % 4 == 0 ? Occupancy.RENTED : Occupancy.OWNER_OCCUPIED, BigDecimal.valueOf(40 + (i * 7) % 22 * 3),
					"住宅", street + " " + i + " 号"), ChangeSource.COUNTER);
		}
		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "gridworker2");
		desk.navigate(base() + "/registry/houses");
		desk.fill("#house-address", street);
		desk.selectOption("#house-filter [name=occupancy]", "RENTED");
		desk.click("#house-filter .list-search");
		desk.waitForURL(url -> url.contains("occupancy=RENTED"));
		ListPage list = new ListPage(desk, "#house-list");
		JsonNode rented = Api.on(port).as("gridworker2")
			.get("/api/v1/registry/houses?occupancy=RENTED&address=" + java.net.URLEncoder.encode(street,
					java.nio.charset.StandardCharsets.UTF_8)).json();
		List<String> addresses = new ArrayList<>();
		rented.path("items").forEach(h -> addresses.add(h.path("address").asString()));
		assertThat(list.column(".house-address")).containsExactlyElementsOf(addresses).hasSize(6);

		desk.selectOption("#house-filter [name=occupancy]", "");
		desk.click("#house-filter .list-search");
		desk.waitForURL(url -> url.contains("occupancy=&") || url.endsWith("occupancy="));
		assertThat(desk.locator("#house-total").innerText()).isEqualTo("共 22 条");
		Comparator<String> byArea = Comparator.comparingDouble(HouseListBrowserTests::area);
		list.sortBy("area", "asc");
		list.assertSorted(".house-area", byArea);
		list.sortBy("area", "desc");
		list.assertSorted(".house-area", byArea.reversed());
		List<String> first = list.column(".house-area");
		assertThat(first).hasSize(20);
		list.next(2);
		assertThat(desk.url()).contains("address=").contains("sort=area");
		List<String> second = list.column(".house-area");
		assertThat(second).hasSize(2);
		assertThat(area(second.get(0))).isLessThanOrEqualTo(area(first.get(19)));
		assertThat(desk.inputValue("#house-address")).isEqualTo(street);
		Browser.screenshot(desk, "list-houses-page-2");

		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "gridworker2");
		phone.navigate(base() + "/registry/houses?address=" + street);
		new ListPage(phone, "#house-list").assertFitsAPhone();
		Browser.screenshot(phone, "list-houses-phone");
	}

	private static double area(String text) {
		return Double.parseDouble(text.replace("m²", "").strip());
	}
}
