package org.civicgrid.portal;

import java.math.BigDecimal;
import java.util.List;

import com.microsoft.playwright.Page;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.CreditCode;
import org.civicgrid.registry.NewBuildingRecord;
import org.civicgrid.registry.NewHouse;
import org.civicgrid.registry.NewHousehold;
import org.civicgrid.registry.NewHouseholdMember;
import org.civicgrid.registry.NewOrganisation;
import org.civicgrid.registry.Occupancy;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.testing.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The building view on a phone (units × floors, occupancy colours, a house with its residents, a resident's card
 * with the household) and the organisation card with its audited reveal, in gridworker2's grid 410105560002001.
 */
class RegistryPagesBrowserTests extends RegistryPageTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGridWorkerSeesTheBuildingAsUnitsAndFloorsAndFollowsAHouseToItsResidents() {
		String building = regions.subtree(RegionScope.ALL, RegionCode.of(GRID), RegionLevel.BUILDING).stream()
			.filter(r -> r.level() == RegionLevel.BUILDING).findFirst().orElseThrow().code();
		buildings.upsert(STAFF, new NewBuildingRecord(building, "郑州市金水区如意湖街道测试院", 5, 2, "郑州正商物业服务有限公司",
				"楼长王"), ChangeSource.HOME_VISIT);
		Occupancy[] pattern = { Occupancy.OWNER_OCCUPIED, Occupancy.RENTED, Occupancy.OWNER_OCCUPIED, Occupancy.VACANT };
		int rented = 0;
		for (int unit = 1; unit <= 2; unit++) {
			for (int floor = 1; floor <= 5; floor++) {
				for (int room = 1; room <= 2; room++) {
					Occupancy o = pattern[(unit + floor + room) % pattern.length];
					rented += o == Occupancy.RENTED ? 1 : 0;
					houses.upsert(STAFF, new NewHouse(building, unit, floor, "%d%02d".formatted(floor, room), o,
							BigDecimal.valueOf(89), "住宅", "测试院" + unit + "单元" + floor + "0" + room),
							ChangeSource.HOME_VISIT);
				}
			}
		}
		String head = "楼栋户主" + suffix();
		String headId = idNumber(1962);
		register(head, headId, building);
		String child = "楼栋子女" + suffix();
		String childId = idNumber(1990);
		register(child, childId, building);
		// unit 1, floor 5, room 501: (1 + 5 + 1) % 4 = 3 → VACANT; use 502 (OWNER_OCCUPIED)
		households.upsert(STAFF, new NewHousehold("BT-" + suffix(), GRID, building, 1, 5, "502", "测试院1单元502",
				List.of(new NewHouseholdMember(null, headId, "户主"), new NewHouseholdMember(null, childId, "子女"))),
				ChangeSource.HOME_VISIT);

		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "gridworker2");
		phone.navigate(base() + "/registry/buildings/" + building);
		assertThat(phone.locator("#building-grid section[data-unit]").count()).isEqualTo(2);
		assertThat(phone.locator("#building-record").innerText()).contains("楼长王").contains("郑州正商物业服务有限公司");
		assertThat(phone.locator("#building-grid section[data-unit='1'] tr").first().innerText()).contains("5 层")
			.contains("501").contains("502");
		assertThat(phone.locator("#building-grid td.occ-RENTED").count()).isGreaterThanOrEqualTo(rented);
		assertThat(phone.locator("#building-grid td.occ-VACANT").count()).isPositive();
		assertThat(phone.locator("#legend").innerText()).contains("自住").contains("出租").contains("空置");
		Browser.screenshot(phone, "building-view");

		phone.locator("#building-grid section[data-unit='1'] a.house-cell", new Page.LocatorOptions().setHasText("502"))
			.first().click();
		phone.waitForURL(url -> url.matches(".*/registry/houses/\\d+$"));
		assertThat(phone.locator("#house-occupancy").innerText()).isEqualTo("自住");
		assertThat(phone.locator("#residents").innerText()).contains(head).contains(child).contains("户主")
			.doesNotContain(headId);
		Browser.screenshot(phone, "house-residents");

		phone.locator("#residents a", new Page.LocatorOptions().setHasText(child)).click();
		phone.waitForURL(url -> url.matches(".*/people/\\d+$"));
		assertThat(phone.locator("#household-members").innerText()).contains(head).contains(child);
		assertThat(phone.locator("#person-house").innerText()).contains("502");
		// the cases the person reported load into the card (matched by phone; this child has none)
		phone.waitForSelector("#person-cases #reported-cases");
		assertThat(phone.locator("#reported-cases").innerText()).contains("未查到");
		Browser.screenshot(phone, "person-card-household");

		Page outsider = browser.page(true);
		Browser.signIn(outsider, base(), "gridworker1");
		assertThat(outsider.navigate(base() + "/registry/buildings/" + building).status()).isEqualTo(403);
	}

	@Test
	void streetStaffFindAnOrganisationAndRevealItsContactForAReason() {
		String name = "如意湖页面测试餐饮有限公司" + suffix();
		String first17 = "91410105MA" + "%07d".formatted(RANDOM.nextInt(10_000_000));
		String code = CreditCode.complete(first17).value();
		String contact = "0371-6" + "%07d".formatted(RANDOM.nextInt(10_000_000));
		organisations.upsert(STAFF, new NewOrganisation(code, name, "有限责任公司", "法人李", contact, 25,
				"如意湖路 8 号", GRID), ChangeSource.COUNTER);

		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "dispatcher");
		desk.navigate(base() + "/registry/organisations");
		desk.fill("#organisation-q", name.substring(5));
		desk.press("#organisation-q", "Enter");
		desk.waitForURL(url -> url.contains("q="));
		assertThat(desk.locator("#organisation-list").innerText()).contains(name).contains(code);
		desk.locator("#organisation-list a", new Page.LocatorOptions().setHasText(name)).click();
		desk.waitForURL(url -> url.matches(".*/registry/organisations/\\d+$"));
		String card = desk.url();
		assertThat(desk.locator("#organisation-name").innerText()).isEqualTo(name);
		assertThat(desk.locator("#masked-phone").innerText()).isEqualTo("****-****" + contact.substring(contact.length() - 4));
		assertThat(desk.content()).doesNotContain(contact);
		assertThat(desk.locator("#history").innerText()).contains("dispatcher").contains("窗口登记");
		Browser.screenshot(desk, "organisation-card");

		desk.fill("#reveal-reason", "安全生产检查联系企业");
		desk.click("#reveal-form button[type=submit]");
		desk.waitForSelector("#revealed");
		assertThat(desk.locator("#revealed-phone").innerText()).isEqualTo(contact);
		Browser.screenshot(desk, "organisation-revealed");
		desk.navigate(card);
		assertThat(desk.content()).doesNotContain(contact);

		Page worker = browser.page(true);
		Browser.signIn(worker, base(), "gridworker2");
		worker.navigate(card);
		assertThat(worker.locator("#reveal-form").count()).as("grid workers may not reveal").isZero();
		Page outsider = browser.page(true);
		Browser.signIn(outsider, base(), "gridworker1");
		assertThat(outsider.navigate(card).status()).isEqualTo(403);
	}

	@Test
	void theStatisticsPageDrawsHousesByOccupancyAndTags() {
		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "dispatcher");
		desk.navigate(base() + "/registry/statistics?region=410105560");
		desk.waitForSelector("#occupancy-chart canvas");
		desk.waitForSelector("#tag-chart canvas");
		long living = jdbc.sql("select count(*) from person where grid_code like '410105560%'").query(Long.class)
			.single();
		assertThat(living).isPositive();
		assertThat(Long.parseLong(desk.locator("#stat-population").innerText())).isEqualTo(living);
		Browser.screenshot(desk, "registry-statistics");
		desk.navigate(base() + "/registry/parts?region=410105560");
		assertThat(desk.locator("#part-list").count()).isOne();
	}
}
