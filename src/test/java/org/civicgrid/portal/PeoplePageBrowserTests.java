package org.civicgrid.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeoplePageBrowserTests extends BrowserTest {

	private static final String GRID = "410105560001001";
	private static final Random RANDOM = new Random(System.nanoTime());

	@Test
	void communityStaffRegistersAndRevealsAndOnlyTheGridsWorkerFindsThePerson() {
		String id = idNumber();
		String phone = "139" + "%08d".formatted(RANDOM.nextInt(100_000_000));
		String name = "页面居民" + uniqueSuffix();

		Page staff = browser.page(false);
		Browser.signIn(staff, base(), "community1");
		staff.navigate(base() + "/people");
		staff.waitForSelector("#tag-chart canvas");
		staff.click("#new-person >> xpath=..//summary");
		fillNewPerson(staff, name, id, phone);
		staff.check("#new-person input[name=tags][value=独居老人]");
		staff.click("#new-person button[type=submit]");

		staff.waitForURL(url -> url.matches(".*/people/\\d+$"));
		String card = staff.url();
		assertThat(staff.locator("#person-name").innerText()).isEqualTo(name);
		assertThat(staff.locator("#masked-id").innerText()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
		assertThat(staff.locator("#masked-phone").innerText()).isEqualTo("139****" + phone.substring(7));
		assertThat(staff.locator("#person-tags").innerText()).contains("独居老人");
		assertThat(staff.locator("#history").innerText()).contains("community1").contains("入户走访")
			.doesNotContain(id).doesNotContain(phone);
		assertThat(staff.content()).doesNotContain(id).doesNotContain(phone);
		Browser.screenshot(staff, "person-card");

		staff.fill("#reveal-reason", "入户核实身份信息");
		staff.click("#reveal-form button[type=submit]");
		staff.waitForSelector("#revealed");
		assertThat(staff.locator("#revealed-id").innerText()).isEqualTo(id);
		assertThat(staff.locator("#revealed-phone").innerText()).isEqualTo(phone);
		assertThat(staff.locator("#revealed").innerText()).contains("审计");
		Browser.screenshot(staff, "person-revealed");
		staff.navigate(card);
		assertThat(staff.content()).as("the clear values are shown once, not kept").doesNotContain(id);

		Page worker = browser.page(false);
		Browser.signIn(worker, base(), "gridworker1");
		worker.navigate(base() + "/people");
		assertThat(worker.locator("#nav-people").count()).isOne();
		worker.fill("#people-filter input[name=q]", name.substring(2));
		worker.click("#people-filter button[type=submit]");
		worker.waitForURL(url -> url.contains("q="));
		assertThat(worker.locator("#people-table tbody").innerText()).contains(name).contains("独居老人").doesNotContain(id);
		assertThat(worker.locator("#reveal-form").count()).isZero();
		worker.waitForSelector("#tag-chart canvas");
		Browser.screenshot(worker, "people-list");

		// the filtered list goes to Excel as shown: this person only, numbers masked
		Download download = worker.waitForDownload(() -> worker.click("#people-export"));
		try (XSSFWorkbook book = new XSSFWorkbook(download.createReadStream())) {
			String sheet = text(book);
			assertThat(sheet).contains(name).contains(id.substring(0, 6) + "********" + id.substring(14))
				.doesNotContain(id).doesNotContain(phone);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}

		Page other = browser.page(false);
		Browser.signIn(other, base(), "gridworker2");
		other.navigate(base() + "/people?q=" + name);
		assertThat(other.locator("#people-table tbody").innerText()).doesNotContain(name);
		assertThat(other.navigate(card).status()).isEqualTo(403);
	}

	@Test
	void aWrongCheckDigitIsRefusedWithTheValuesKept() {
		String good = idNumber();
		String wrong = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
		String name = "校验居民" + uniqueSuffix();
		Page page = browser.page(false);
		Browser.signIn(page, base(), "community1");
		page.navigate(base() + "/people");
		page.click("#new-person >> xpath=..//summary");
		fillNewPerson(page, name, wrong, "13900000000");
		page.click("#new-person button[type=submit]");
		page.waitForSelector("#idNumber-error");
		assertThat(page.locator("#idNumber-error").innerText()).contains("校验码");
		assertThat(page.locator("#form-errors").innerText()).isEqualTo("请修改标出的字段：证件号码");
		assertThat(page.inputValue("#new-person input[name=name]")).isEqualTo(name);
		assertThat(page.inputValue("#new-person input[name=idNumber]")).isEqualTo(wrong);
	}

	@Test
	void aGridWorkersFormStartsWithTheirGrid() {
		Page page = browser.page(false);
		Browser.signIn(page, base(), "gridworker1");
		page.navigate(base() + "/people");
		assertThat(page.inputValue("#new-person input[name=gridCode]")).isEqualTo(GRID);
	}

	private static String text(XSSFWorkbook book) {
		StringBuilder all = new StringBuilder();
		book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
		return all.toString();
	}

	private static void fillNewPerson(Page page, String name, String id, String phone) {
		page.fill("#new-person input[name=name]", name);
		page.selectOption("#new-person select[name=documentType]", "ID_CARD");
		page.fill("#new-person input[name=idNumber]", id);
		page.fill("#new-person input[name=phone]", phone);
		page.fill("#new-person input[name=gridCode]", GRID);
		page.selectOption("#new-person select[name=source]", "HOME_VISIT");
	}

	/** Four characters no other test uses together, so that a name substring finds only this person. */
	private static String uniqueSuffix() {
		String pool = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			s.append(pool.charAt(RANDOM.nextInt(pool.length())));
		}
		return s.toString();
	}

	/** A valid ID number of someone born in 金水区 in 1945, check character computed per GB 11643-1999. */
	private static String idNumber() {
		String first17 = "410105" + "1945" + "%02d".formatted(1 + RANDOM.nextInt(12)) + "%02d".formatted(1 + RANDOM.nextInt(28))
				+ "%03d".formatted(RANDOM.nextInt(1000));
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int weight = 1;
			for (int k = 0; k < 17 - i; k++) {
				weight = weight * 2 % 11;
			}
			sum += Character.digit(first17.charAt(i), 10) * weight;
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}
}
