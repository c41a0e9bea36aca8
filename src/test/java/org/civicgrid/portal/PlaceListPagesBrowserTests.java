package org.civicgrid.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicgrid.region.RegionSummary;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.NewHouse;
import org.civicgrid.registry.NewHousehold;
import org.civicgrid.registry.NewHouseholdMember;
import org.civicgrid.registry.Occupancy;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.testing.Browser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house and household lists of gridworker2's grid: filter, follow a row to the house and its building view,
 * export what the list shows to a real .xlsx (members' ID numbers masked); and the admin's vault page. The house
 * page and the vault page speak in words at the desk (1440 × 900) and on a phone (390 × 844): no enum constant such
 * as OWNER_OCCUPIED, no column such as person_id, and nothing cut off.
 */
class PlaceListPagesBrowserTests extends RegistryPageTest {

	@Test
	void aGridWorkerFiltersTheHousesByAddressAndExportsWhatTheListShows() {
		String building = building();
		String street = "列表测试巷" + suffix();
		List<String> rooms = List.of(room(), room(), room());
		houses.upsert(STAFF, house(building, rooms.get(0), Occupancy.RENTED, street + " 1 号"), ChangeSource.COUNTER);
		houses.upsert(STAFF, house(building, rooms.get(1), Occupancy.OWNER_OCCUPIED, street + " 2 号"),
				ChangeSource.COUNTER);
		houses.upsert(STAFF, house(building, rooms.get(2), Occupancy.VACANT, "别处 " + suffix()), ChangeSource.COUNTER);

		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "gridworker2");
		desk.click("#nav-houses");
		desk.waitForURL(url -> url.endsWith("/registry/houses"));
		desk.fill("#house-address", street);
		desk.press("#house-address", "Enter");
		desk.waitForURL(url -> url.contains("address="));
		assertThat(desk.locator("#house-list tbody tr[data-house]").count()).isEqualTo(2);
		assertThat(desk.locator("#house-total").innerText()).contains("2");
		String list = desk.locator("#house-list").innerText();
		assertThat(list).contains(street + " 1 号").contains(street + " 2 号").contains("出租").contains("自住")
			.doesNotContain("别处");
		Browser.screenshot(desk, "house-list");

		Download download = desk.waitForDownload(() -> desk.click("#house-export"));
		List<List<String>> rows = rows(download);
		assertThat(rows.get(0)).startsWith("楼栋编码", "单元", "楼层", "房号", "房屋性质");
		assertThat(rows).hasSize(3);
		assertThat(rows.stream().skip(1).map(r -> r.get(3))).containsExactlyInAnyOrder(rooms.get(0), rooms.get(1));
		assertThat(rows.get(1)).contains(building);

		desk.locator("#house-list a", new Page.LocatorOptions().setHasText("1-1-" + rooms.get(0))).click();
		desk.waitForURL(url -> url.matches(".*/registry/houses/\\d+$"));
		assertThat(desk.locator("#house-occupancy").innerText()).isEqualTo("出租");
		desk.goBack();
		desk.locator("#house-list a[title]").first().click();
		desk.waitForURL(url -> url.endsWith("/registry/buildings/" + building));
		assertThat(desk.locator("#building-grid").count()).isOne();
	}

	@Test
	void theHouseholdListFindsByNumberAndExportsMembersMasked() {
		String building = building();
		String room = room();
		houses.upsert(STAFF, house(building, room, Occupancy.OWNER_OCCUPIED, "列表测试户 " + room), ChangeSource.COUNTER);
		String head = "列表户主" + suffix();
		String headId = idNumber(1958);
		String spouseId = idNumber(1961);
		register(head, headId, building);
		register("列表配偶" + suffix(), spouseId, building);
		String number = "LH-" + suffix() + RANDOM.nextInt(1000);
		households.upsert(STAFF, new NewHousehold(number, GRID, building, 1, 1, room, "列表测试户 " + room,
				List.of(new NewHouseholdMember(null, headId, "户主"), new NewHouseholdMember(null, spouseId, "配偶"))),
				ChangeSource.COUNTER);

		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "gridworker2");
		desk.navigate(base() + "/registry/households");
		desk.fill("#household-q", number);
		desk.press("#household-q", "Enter");
		desk.waitForURL(url -> url.contains("q="));
		assertThat(desk.locator("#household-list tbody tr[data-household]").count()).isOne();
		String row = desk.locator("#household-list tbody tr[data-household]").innerText();
		assertThat(row).contains(number).contains(head).contains("2 人").contains("1-1-" + room);
		assertThat(desk.content()).doesNotContain(headId);
		Browser.screenshot(desk, "household-list");

		Download download = desk.waitForDownload(() -> desk.click("#household-export"));
		List<List<String>> rows = rows(download);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).startsWith(number, GRID, building);
		assertThat(String.join(",", rows.get(1))).contains(headId.substring(0, 6) + "********")
			.doesNotContain(headId).doesNotContain(spouseId).contains(head + "(户主)");

		desk.locator("#household-list a", new Page.LocatorOptions().setHasText(number)).click();
		desk.waitForURL(url -> url.matches(".*/registry/households/\\d+$"));
		assertThat(desk.locator("#members").innerText()).contains(head);

		Page outsider = browser.page(false);
		Browser.signIn(outsider, base(), "gridworker1");
		outsider.navigate(base() + "/registry/households?q=" + number);
		assertThat(outsider.locator("#household-list tbody tr[data-household]").count()).isZero();
	}

	@Test
	void anAdminSeesTheSealedValuesPerKeyAndStartsAReseal() {
		Page admin = browser.page(false);
		Browser.signIn(admin, base(), "admin");
		admin.click("#nav-vault");
		admin.waitForURL(url -> url.endsWith("/admin/vault"));
		assertThat(admin.locator("#vault-keys tr[data-key='demo1']").innerText()).contains("当前密钥");
		admin.click("#vault-reseal");
		admin.waitForSelector("#vault-job[data-state='DONE']");
		assertThat(admin.locator("#vault-job-counts").innerText()).contains("需重新加密");
		Browser.screenshot(admin, "vault-keys");

		Page worker = browser.page(false);
		Browser.signIn(worker, base(), "gridworker2");
		assertThat(worker.navigate(base() + "/admin/vault").status()).isEqualTo(403);
		assertThat(worker.locator("#nav-vault").count()).isZero();
	}

	/** An enum constant (OWNER_OCCUPIED, IN_USE, ID_CARD) or a column or table name (person_id, id_number_sealed). */
	private static final java.util.regex.Pattern RAW = java.util.regex.Pattern
		.compile("[A-Z]{2,}_[A-Z_]+|(?<![A-Za-z])(RENTED|VACANT|MALE|FEMALE)(?![A-Za-z])|[a-z]+_[a-z_]+");

	@Test
	void theHousePageAndTheVaultPageNameEverythingInWordsAndFitTheScreen() {
		String building = building();
		String room = room();
		houses.upsert(STAFF, house(building, room, Occupancy.RENTED, "词语测试 " + room), ChangeSource.COUNTER);
		houses.upsert(STAFF, house(building, room, Occupancy.OWNER_OCCUPIED, "词语测试 " + room), ChangeSource.HOME_VISIT);
		String head = "词语户主" + suffix();
		String headId = idNumber(1966);
		register(head, headId, building);
		households.upsert(STAFF, new NewHousehold("CY-" + suffix() + RANDOM.nextInt(1000), GRID, building, 1, 1, room,
				"词语测试 " + room, List.of(new NewHouseholdMember(null, headId, "户主"))), ChangeSource.COUNTER);
		long house = houses.search(STAFF, new org.civicgrid.registry.HouseQuery("词语测试 " + room, null, null, null),
				new org.civicgrid.shared.PageRequest(0, 1)).items().get(0).id();

		for (boolean phone : new boolean[] { false, true }) {
			Page page = browser.page(phone);
			if (!phone) {
				page.setViewportSize(1440, 900);
			}
			int width = phone ? 390 : 1440;
			Browser.signIn(page, base(), "gridworker2");
			page.navigate(base() + "/registry/houses/" + house);
			String text = page.locator("main").innerText();
			assertThat(text).contains(head).contains("房屋性质: 出租 → 自住").contains("入户走访");
			assertThat(RAW.matcher(text).results().map(m -> m.group())).as("raw names on the house page").isEmpty();
			assertFits(page, width);
			Browser.screenshot(page, phone ? "house-history-phone" : "house-history");

			Page admin = browser.page(phone);
			if (!phone) {
				admin.setViewportSize(1440, 900);
			}
			Browser.signIn(admin, base(), "admin");
			admin.navigate(base() + "/admin/vault");
			String vault = admin.locator("main").innerText();
			assertThat(vault).contains("按数据类别（条）").contains("居民证件号码");
			// the columns holding values in this JVM's database, each by its name
			java.util.Map<String, String> labels = java.util.Map.of("person.id_number_sealed", "居民证件号码",
					"person.phone_sealed", "居民联系电话", "organisation.contact_phone_sealed", "单位联系电话",
					"import_reject.cells_sealed", "未导入行的原始内容（导入结果文件）",
					"event_case.reporter_contact_sealed", "问题反映人的联系方式");
			for (var li : admin.locator("#vault-keys li[data-column]").all()) {
				assertThat(li.innerText()).startsWith(labels.get(li.getAttribute("data-column")));
			}
			assertThat(RAW.matcher(vault).results().map(m -> m.group())).as("raw names on the vault page").isEmpty();
			assertThat(admin.locator("#vault-keys tr[data-key='demo1'] li[data-column='person.id_number_sealed']")
				.innerText()).startsWith("居民证件号码");
			assertFits(admin, width);
			// every column of the table is on the screen or reachable in its own scroll container
			Object right = admin.evaluate("() => document.querySelector('#vault-keys th:last-child').getBoundingClientRect().right");
			Object scroller = admin.evaluate("() => { const c = document.querySelector('#vault-keys').parentElement;"
					+ " return { overflow: getComputedStyle(c).overflowX, scroll: c.scrollWidth, client: c.clientWidth }; }");
			var box = (java.util.Map<?, ?>) scroller;
			assertThat(box.get("overflow")).isEqualTo("auto");
			if (((Number) right).doubleValue() > width) {
				assertThat(((Number) box.get("scroll")).intValue()).isGreaterThan(((Number) box.get("client")).intValue());
			}
			Browser.screenshot(admin, phone ? "vault-keys-phone" : "vault-keys-desk");
		}

		Page english = browser.page(false);
		Browser.signIn(english, base(), "admin");
		english.navigate(base() + "/admin/vault?lang=en");
		assertThat(english.locator("main").innerText()).contains("By kind of data").contains("Residents' ID numbers");
	}

	/** The page itself is no wider than the window: anything wider scrolls inside its own container. */
	private static void assertFits(Page page, int width) {
		assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.as(page.url() + " at " + width).isLessThanOrEqualTo(width);
	}

	/** The second building of the grid, away from the building view's test (which takes the first). */
	private String building() {
		List<RegionSummary> buildings = regions.subtree(RegionScope.ALL, RegionCode.of(GRID), RegionLevel.BUILDING).stream()
			.filter(r -> r.level() == RegionLevel.BUILDING).toList();
		return buildings.get(Math.min(1, buildings.size() - 1)).code();
	}

	private static NewHouse house(String building, String room, Occupancy occupancy, String address) {
		return new NewHouse(building, 1, 1, room, occupancy, BigDecimal.valueOf(76.5), "住宅", address);
	}

	private static List<List<String>> rows(Download download) {
		try (XSSFWorkbook book = new XSSFWorkbook(download.createReadStream())) {
			DataFormatter f = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : book.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach(c -> cells.add(f.formatCellValue(c)));
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String room() {
		return "L" + (1000 + RANDOM.nextInt(9000));
	}
}
