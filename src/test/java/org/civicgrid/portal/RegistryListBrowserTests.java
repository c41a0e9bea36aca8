package org.civicgrid.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.microsoft.playwright.Page;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.CreditCode;
import org.civicgrid.registry.NewHousehold;
import org.civicgrid.registry.NewOrganisation;
import org.civicgrid.registry.NewPart;
import org.civicgrid.registry.PartState;
import org.civicgrid.registry.Parts;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's other lists as every staff list works (people, households, organisations, parts): the search form
 * narrows the rows to what the API answers for the same search, a header sorts both ways, page 2 keeps the search and
 * the sort, and on a phone the page never widens. The people list shows ID numbers masked only.
 */
class RegistryListBrowserTests extends RegistryPageTest {

	@Autowired
	Parts parts;

	@Test
	void thePeopleListFindsByNameSortsByNameBothWaysAndPagesKeepingTheSearch() {
		String prefix = "列表人" + suffix();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			String id = idNumber(1950 + i);
			ids.add(id);
			register(prefix + "%02d".formatted(i), id, null);
		}
		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "gridworker2");
		desk.navigate(base() + "/people");
		desk.fill("#people-filter [name=q]", prefix);
		desk.click("#people-filter .list-search");
		desk.waitForURL(url -> url.contains("q="));
		ListPage list = new ListPage(desk, "#people-table");
		JsonNode found = Api.on(port).as("gridworker2").get("/api/v1/registry/people?q=" + encoded(prefix)).json();
		assertThat(list.column(".person-name")).containsExactlyElementsOf(texts(found, "name")).hasSize(20);
		assertThat(desk.locator("#people-total").innerText()).isEqualTo("共 23 人");

		list.sortBy("name", "asc");
		list.assertSorted(".person-name", Comparator.naturalOrder());
		assertThat(list.column(".person-name")).startsWith(prefix + "00");
		list.sortBy("name", "desc");
		list.assertSorted(".person-name", Comparator.<String>naturalOrder().reversed());
		JsonNode descending = Api.on(port).as("gridworker2")
			.get("/api/v1/registry/people?sort=name,desc&q=" + encoded(prefix)).json();
		assertThat(list.column(".person-name")).containsExactlyElementsOf(texts(descending, "name"));
		list.next(2);
		assertThat(desk.url()).contains("q=").contains("sort=name");
		assertThat(list.column(".person-name")).containsExactly(prefix + "02", prefix + "01", prefix + "00");
		assertThat(desk.inputValue("#people-filter [name=q]")).isEqualTo(prefix);
		// only masked numbers reach the page, never the ID numbers themselves
		String page = desk.content();
		assertThat(ids).allSatisfy(id -> assertThat(page).doesNotContain(id));
		Browser.screenshot(desk, "list-people-page-2");

		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "gridworker2");
		phone.navigate(base() + "/people?q=" + encoded(prefix) + "&sort=name,desc&page=1");
		new ListPage(phone, "#people-table").assertFitsAPhone();
		Browser.screenshot(phone, "list-people-phone");
	}

	@Test
	void theHouseholdListFindsByNumberSortsByNumberBothWaysAndPagesKeepingTheSearch() {
		String prefix = "LS" + suffix();
		for (int i = 0; i < 22; i++) {
			households.upsert(STAFF, new NewHousehold(prefix + "-%02d".formatted(i), GRID, null, null, null, null,
					"列表户巷 " + i + " 号", List.of()), ChangeSource.COUNTER);
		}
		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "gridworker2");
		desk.navigate(base() + "/registry/households");
		desk.fill("#household-q", prefix);
		desk.click("#household-filter .list-search");
		desk.waitForURL(url -> url.contains("q="));
		ListPage list = new ListPage(desk, "#household-list");
		JsonNode found = Api.on(port).as("gridworker2").get("/api/v1/registry/households?q=" + encoded(prefix))
			.json();
		assertThat(list.column(".household-number")).containsExactlyElementsOf(texts(found, "number")).hasSize(20);
		assertThat(desk.locator("#household-total").innerText()).isEqualTo("共 22 条");

		list.sortBy("number", "asc");
		list.assertSorted(".household-number", Comparator.naturalOrder());
		list.sortBy("number", "desc");
		list.assertSorted(".household-number", Comparator.<String>naturalOrder().reversed());
		assertThat(list.column(".household-number")).startsWith(prefix + "-21");
		list.next(2);
		assertThat(desk.url()).contains("q=").contains("sort=number");
		assertThat(list.column(".household-number")).containsExactly(prefix + "-01", prefix + "-00");
		assertThat(desk.inputValue("#household-q")).isEqualTo(prefix);
		Browser.screenshot(desk, "list-households-page-2");

		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "gridworker2");
		phone.navigate(base() + "/registry/households?q=" + encoded(prefix));
		new ListPage(phone, "#household-list").assertFitsAPhone();
		Browser.screenshot(phone, "list-households-phone");
	}

	@Test
	void theOrganisationListFindsByNameSortsByEmployeesBothWaysAndPagesKeepingTheSearch() {
		String prefix = "列表企业" + suffix();
		for (int i = 0; i < 21; i++) {
			String code = CreditCode.complete("91410105LT" + "%07d".formatted(RANDOM.nextInt(10_000_000))).value();
			organisations.upsert(STAFF, new NewOrganisation(code, prefix + "%02d".formatted(i) + "有限公司", "有限责任公司",
					"法人王", null, 5 + (i * 7) % 23, "如意湖路 " + i + " 号", GRID), ChangeSource.COUNTER);
		}
		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "dispatcher");
		desk.navigate(base() + "/registry/organisations");
		desk.fill("#organisation-q", prefix);
		desk.click("#organisation-filter .list-search");
		desk.waitForURL(url -> url.contains("q="));
		ListPage list = new ListPage(desk, "#organisation-list");
		JsonNode found = Api.on(port).as("dispatcher").get("/api/v1/registry/organisations?q=" + encoded(prefix))
			.json();
		assertThat(list.column(".organisation-name")).containsExactlyElementsOf(texts(found, "name")).hasSize(20);
		assertThat(desk.locator("#organisation-total").innerText()).isEqualTo("共 21 条");

		Comparator<String> byNumber = Comparator.comparingInt(Integer::parseInt);
		list.sortBy("employees", "asc");
		list.assertSorted(".organisation-employees", byNumber);
		list.sortBy("employees", "desc");
		list.assertSorted(".organisation-employees", byNumber.reversed());
		JsonNode most = Api.on(port).as("dispatcher")
			.get("/api/v1/registry/organisations?sort=employees,desc&q=" + encoded(prefix)).json();
		assertThat(list.column(".organisation-name")).containsExactlyElementsOf(texts(most, "name"));
		List<String> first = list.column(".organisation-employees");
		list.next(2);
		assertThat(desk.url()).contains("q=").contains("sort=employees");
		List<String> second = list.column(".organisation-employees");
		assertThat(second).hasSize(1);
		assertThat(Integer.parseInt(second.get(0))).isLessThanOrEqualTo(Integer.parseInt(first.get(19)));
		assertThat(desk.inputValue("#organisation-q")).isEqualTo(prefix);
		Browser.screenshot(desk, "list-organisations-page-2");

		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "dispatcher");
		phone.navigate(base() + "/registry/organisations?q=" + encoded(prefix));
		new ListPage(phone, "#organisation-list").assertFitsAPhone();
		Browser.screenshot(phone, "list-organisations-phone");
	}

	@Test
	void thePartListFindsByCodeAndStateSortsByCodeBothWaysAndPagesKeepingTheSearch() {
		// an extension part (99) of small class 01 in 金水区 with a serial prefix of this run
		String prefix = "4101059901" + "%04d".formatted(RANDOM.nextInt(10_000));
		for (int i = 0; i < 24; i++) {
			parts.upsert(STAFF, new NewPart(prefix + "%02d".formatted(i), "列表部件" + i, "城管局", "环卫所",
					i % 4 == 0 ? PartState.DAMAGED : PartState.IN_USE, null, null, GRID), ChangeSource.COUNTER);
		}
		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "gridworker2");
		desk.navigate(base() + "/registry/parts");
		desk.fill("#part-filter [name=code]", prefix);
		desk.selectOption("#part-filter [name=state]", "DAMAGED");
		desk.click("#part-filter .list-search");
		desk.waitForURL(url -> url.contains("state=DAMAGED"));
		ListPage list = new ListPage(desk, "#part-list");
		JsonNode damaged = Api.on(port).as("gridworker2")
			.get("/api/v1/registry/parts?state=DAMAGED&code=" + prefix).json();
		assertThat(list.column(".part-code")).containsExactlyElementsOf(texts(damaged, "code")).hasSize(6);

		desk.selectOption("#part-filter [name=state]", "");
		desk.click("#part-filter .list-search");
		desk.waitForURL(url -> url.contains("state=&") || url.endsWith("state="));
		list.sortBy("code", "asc");
		list.assertSorted(".part-code", Comparator.naturalOrder());
		list.sortBy("code", "desc");
		list.assertSorted(".part-code", Comparator.<String>naturalOrder().reversed());
		assertThat(list.column(".part-code")).hasSize(20).startsWith(prefix + "23");
		list.next(2);
		assertThat(desk.url()).contains("code=" + prefix).contains("sort=code");
		assertThat(list.column(".part-code")).containsExactly(prefix + "03", prefix + "02", prefix + "01",
				prefix + "00");
		assertThat(desk.inputValue("#part-filter [name=code]")).isEqualTo(prefix);
		Browser.screenshot(desk, "list-parts-page-2");

		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "gridworker2");
		phone.navigate(base() + "/registry/parts?code=" + prefix);
		new ListPage(phone, "#part-list").assertFitsAPhone();
		Browser.screenshot(phone, "list-parts-phone");
	}

	private static List<String> texts(JsonNode page, String field) {
		List<String> texts = new ArrayList<>();
		page.path("items").forEach(item -> texts.add(item.path(field).asString()));
		return texts;
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
