package org.civicgrid.portal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community worker uploads a CSV on the import page, watches the progress bar and gets the report: the counts,
 * the row whose birth date gave way to its ID number's, and the link to the result workbook. A grid worker on a
 * phone finds a template link per kind and format that names its kind, and each downloads that kind's file.
 */
class ImportPageBrowserTests extends BrowserTest {

	private static final String GRID = "410105560001001";
	private static final Random RANDOM = new Random(System.nanoTime());

	@Test
	void uploadShowsProgressThenTheReportWithTheWarningsAndTheRejectsLink() throws Exception {
		StringBuilder csv = new StringBuilder("姓名,证件号码,联系电话,网格编码,出生日期\r\n");
		int good = 1500;
		for (int i = 0; i < good; i++) {
			// the first row's birth date (after 1939) contradicts its ID number (born 1900–1939)
			csv.append("页面导入").append(i).append(',').append(idNumber()).append(",,").append(GRID)
				.append(i == 0 ? ",2001-01-01" : ",").append("\r\n");
		}
		csv.append("坏行,123,,").append(GRID).append(",\r\n");
		Path file = Files.createTempFile("people-", ".csv");
		Files.writeString(file, csv);

		Page page = browser.page(false);
		Browser.signIn(page, base(), "community1");
		page.navigate(base() + "/registry/imports");
		assertThat(page.locator("#template-person-xlsx").getAttribute("href")).endsWith("/registry/imports/templates/person.xlsx");
		assertThat(page.locator("#kind option").allInnerTexts()).containsExactly("人口", "户", "房屋", "单位组织", "部件", "楼栋");
		assertThat(page.locator("#template-organisation-xlsx").getAttribute("href"))
			.endsWith("/registry/imports/templates/organisation.xlsx");
		page.selectOption("#kind", "person");
		page.setInputFiles("#file", file);
		page.click("#import-form button[type=submit]");
		page.waitForURL(url -> url.contains("job="));
		assertThat(page.locator("#import-progress").count()).isOne();
		page.waitForSelector("#import-status[data-state=DONE]", new Page.WaitForSelectorOptions().setTimeout(60_000));
		assertThat(page.locator("#import-state").innerText()).isEqualTo("已完成");
		assertThat(page.locator("#import-progress").innerText()).isEqualTo("100%");
		assertThat(page.locator("#import-counts").innerText())
			.isEqualTo("已读 1501 行：新增 1500，更新 0，未变 0，未导入 1");
		assertThat(page.locator("#import-warnings li").allInnerTexts())
			.containsExactly("第 2 行 出生日期：与身份证号码中的出生日期不符，已按身份证号码导入");
		assertThat(page.locator("#rejects-link").getAttribute("href")).matches(".*/registry/imports/\\d+/rejects.xlsx");
		assertThat(page.locator("#rejects-link").innerText()).isEqualTo("下载导入结果：未导入 1 行（含原因），有警告 1 行");
		Browser.screenshot(page, "registry-import-report");
		Files.deleteIfExists(file);
	}

	@Test
	void everyTemplateLinkNamesItsKindInBothLanguagesAndDownloadsThatKindsTemplate() throws Exception {
		Page page = browser.page(true);
		Browser.signIn(page, base(), "gridworker1");
		page.navigate(base() + "/registry/imports");
		assertThat(page.locator("#template-links a").allInnerTexts()).containsExactly(
				"下载人口模板 .xlsx", "下载人口模板 .csv", "下载住户模板 .xlsx", "下载住户模板 .csv",
				"下载房屋模板 .xlsx", "下载房屋模板 .csv", "下载单位组织模板 .xlsx", "下载单位组织模板 .csv",
				"下载部件模板 .xlsx", "下载部件模板 .csv", "下载楼栋模板 .xlsx", "下载楼栋模板 .csv");
		// each link's file is its kind's: the first header of the sheet, over the page's own session
		Map<String, String> firstHeader = Map.of("person", "姓名", "household", "户号", "house", "楼栋编码",
				"organisation", "统一社会信用代码", "part", "部件编码", "building", "楼栋编码");
		for (var kind : firstHeader.entrySet()) {
			String href = page.locator("#template-" + kind.getKey() + "-xlsx").getAttribute("href");
			APIResponse file = page.request().get(base() + href);
			assertThat(file.status()).as(href).isEqualTo(200);
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
				assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).as(href)
					.isEqualTo(kind.getValue());
				assertThat(book.getSheetAt(0).getLastRowNum()).as(href + ": an example row").isPositive();
			}
			String csv = page.locator("#template-" + kind.getKey() + "-csv").getAttribute("href");
			assertThat(new String(page.request().get(base() + csv).body(), StandardCharsets.UTF_8)).as(csv)
				.startsWith("\uFEFF" + kind.getValue() + ",");
		}
		Browser.screenshot(page, "registry-import-templates-phone");

		page.navigate(base() + "/registry/imports?lang=en");
		assertThat(page.locator("#template-links a").allInnerTexts()).startsWith(
				"Download the people template (.xlsx)", "Download the people template (.csv)",
				"Download the household template (.xlsx)").endsWith("Download the building template (.csv)");
	}

	/** Distinct in the file (a birthday clash would make two rows one person) and unlikely in other tests' data. */
	private static final Set<String> ISSUED = new HashSet<>();

	private static String idNumber() {
		String first17;
		do {
			first17 = "410105" + (1900 + RANDOM.nextInt(40)) + "%02d%02d%03d".formatted(1 + RANDOM.nextInt(12),
					1 + RANDOM.nextInt(28), RANDOM.nextInt(1000));
		}
		while (!ISSUED.add(first17));
		int sum = 0;
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}
}
