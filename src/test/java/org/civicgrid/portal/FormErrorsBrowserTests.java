package org.civicgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bad input on a page's form comes back as a street office reads it (docs/conventions.md, "Form errors on pages"):
 * a summary naming the fields by their labels, each wrong field marked with its message in words beside it, what
 * was typed kept (never a password), and nowhere a field path, the API's "see errors" sentence or the validator's
 * own words. The browser's own checks are switched off ({@code noValidate}) so the server's answer is what shows.
 * Screenshots in {@code target/screenshots/form-errors-*.png}.
 */
class FormErrorsBrowserTests extends BrowserTest {

	private static final String GRID = "410105560001001";

	/** "assignee.unitCode", "people.field.name": a path or a bundle key; dotted file names and URLs aside. */
	private static final Pattern PATH = Pattern.compile("\\b[a-z]+\\.[a-zA-Z]+\\b");

	private static final List<String> API_WORDS = List.of("errors 中的说明", "不能为null", "不能为空", "must not",
			"需要匹配正则表达式", "个数必须在");

	@Test
	void anAccountWithATakenUsernameAndNoRoleIsMarkedAtBothFieldsAtOnce() {
		Page page = desk("admin");
		page.navigate(base() + "/admin/accounts");
		page.click("#new-account >> xpath=..//summary");
		serverChecksOnly(page, "new-account");
		page.fill("#new-username", "admin");
		page.fill("#new-displayName", "重名的账户");
		page.fill("#new-password", "a-long-password");
		page.fill("#new-regionCode", "410105560");
		page.click("#new-account button[type=submit]");
		page.waitForSelector("#new-account-errors");

		assertThat(page.locator("#new-account-errors .form-errors-summary").innerText())
			.isEqualTo("请修改标出的字段：用户名、角色");
		assertThat(page.locator("#new-account-username-error").innerText()).isEqualTo("用户名 admin 已被使用");
		assertThat(page.locator("#new-account-role-error").innerText()).isEqualTo("必填");
		assertMarked(page, "#new-username", "new-account-username-error");
		assertMarked(page, "#new-role", "new-account-role-error");
		assertThat(page.locator("#new-account .is-invalid").count()).isEqualTo(2);
		assertThat(page.inputValue("#new-username")).isEqualTo("admin");
		assertThat(page.inputValue("#new-displayName")).isEqualTo("重名的账户");
		assertThat(page.inputValue("#new-regionCode")).isEqualTo("410105560");
		assertThat(page.inputValue("#new-password")).as("a password is never sent back").isEmpty();
		assertWordsOnly(page);
		Browser.screenshot(page, "form-errors-account");

		// with a role chosen the name is still taken, and only the name is marked
		serverChecksOnly(page, "new-account");
		page.selectOption("#new-role", "STREET_STAFF");
		page.fill("#new-password", "a-long-password");
		page.click("#new-account button[type=submit]");
		page.waitForSelector("#new-account-errors");
		assertThat(page.locator("#new-account-errors").innerText()).isEqualTo("请修改标出的字段：用户名");
		assertThat(page.locator("#new-account-username-error").innerText()).isEqualTo("用户名 admin 已被使用");
		assertThat(page.locator("#new-account-role-error").count()).isZero();
		assertThat(page.inputValue("#new-role")).isEqualTo("STREET_STAFF");
		assertWordsOnly(page);
	}

	@Test
	void aResetPasswordTooShortIsMarkedInItsRow() {
		String username = "volunteer1"; // a refused reset changes nothing, so a demo account will do
		Page page = desk("admin");
		page.navigate(base() + "/admin/accounts?q=" + username);
		var row = page.locator("tr[data-username=" + username + "]");
		String formId = row.locator("form[id^=password-]").getAttribute("id");
		serverChecksOnly(page, formId);
		row.locator("form[id^=password-] input[name=password]").fill("short");
		row.locator("form[id^=password-] button[type=submit]").click();
		page.waitForSelector("#" + formId + "-errors");

		assertThat(page.locator("#" + formId + "-errors").innerText()).isEqualTo("请修改标出的字段：新密码");
		assertThat(page.locator("#" + formId + "-password-error").innerText()).isEqualTo("密码长度应为 8 到 128 个字符");
		assertThat(row.locator("form[id^=password-] input[name=password]").getAttribute("class")).contains("is-invalid");
		assertThat(row.locator("form[id^=password-] input[name=password]").inputValue()).isEmpty();
		assertThat(page.inputValue("input[name=q]")).as("the list stays where it was").isEqualTo(username);
		assertWordsOnly(page);
	}

	@Test
	void aCategoryWithABadTimeLimitSaysInWordsHowToWriteOne() {
		Page page = desk("admin");
		page.navigate(base() + "/admin/categories");
		page.click("#category-form-card summary");
		serverChecksOnly(page, "category-form");
		String code = "E98%02d".formatted((int) (System.nanoTime() % 90) + 10);
		page.fill("#code", code);
		page.fill("#bigName", "表单测试");
		page.fill("#smallName", "时限写错");
		page.fill("#timeLimit", "whenever");
		page.fill("#filingStandard", "发现即立案");
		page.fill("#closingStandard", "处置完毕");
		page.fill("#responsibleUnits", "CGZF");
		page.click("#category-form button[type=submit]");
		page.waitForSelector("#category-form-errors");

		assertThat(page.locator("#category-form-errors").innerText()).isEqualTo("请修改标出的字段：处置时限");
		assertThat(page.locator("#category-form-timeLimit-error").innerText()).isEqualTo(
				"处置时限“whenever”无法识别：请写一个数字加单位，单位是 m（分钟）、h（小时）、d（天）、wh（工作小时）或 wd（工作日），"
						+ "例如四个工作小时写作 4wh，两个工作日写作 2wd");
		assertMarked(page, "#timeLimit", "category-form-timeLimit-error");
		assertThat(page.locator("#category-form .is-invalid").count()).isOne();
		assertThat(page.locator("#category-form-card").getAttribute("open")).isNotNull();
		assertThat(page.inputValue("#code")).isEqualTo(code);
		assertThat(page.inputValue("#smallName")).isEqualTo("时限写错");
		assertThat(page.inputValue("#timeLimit")).isEqualTo("whenever");
		assertThat(page.inputValue("#filingStandard")).isEqualTo("发现即立案");
		assertThat(page.inputValue("#responsibleUnits")).isEqualTo("CGZF");
		assertWordsOnly(page);
		Browser.screenshot(page, "form-errors-category");
	}

	@Test
	void anOpen311KeyWithoutANameIsMarkedAndATooLongOneIsKept() {
		Page page = desk("admin");
		page.navigate(base() + "/admin/open311-keys");
		serverChecksOnly(page, "issue-key");
		page.click("#issue-key button[type=submit]");
		page.waitForSelector("#form-errors");

		assertThat(page.locator("#form-errors").innerText()).isEqualTo("请修改标出的字段：名称");
		assertThat(page.locator("#label-error").innerText()).isEqualTo("请填写密钥名称（使用该密钥的系统）");
		assertMarked(page, "#key-label", "label-error");
		assertThat(page.locator("#issued-key").count()).isZero();
		assertWordsOnly(page);
		Browser.screenshot(page, "form-errors-open311-key");

		String tooLong = "很长的密钥名称".repeat(15);
		serverChecksOnly(page, "issue-key");
		page.evaluate("v => document.getElementById('key-label').value = v", tooLong);
		page.click("#issue-key button[type=submit]");
		page.waitForSelector("#label-error");
		assertThat(page.locator("#label-error").innerText()).isEqualTo("密钥名称不能超过 100 个字符");
		assertThat(page.inputValue("#key-label")).isEqualTo(tooLong);
		assertWordsOnly(page);
	}

	@Test
	void aPersonWithAnInvalidPhoneAndIdNumberIsMarkedAtBoth() {
		String name = "表单居民" + suffix();
		Page page = desk("community1");
		page.navigate(base() + "/people");
		page.click("#new-person >> xpath=..//summary");
		page.fill("#new-name", name);
		page.selectOption("#new-documentType", "ID_CARD");
		page.fill("#new-idNumber", "4101051990");
		page.fill("#new-phone", "12345");
		page.fill("#new-gridCode", GRID);
		page.selectOption("#new-source", "HOME_VISIT");
		page.click("#new-person button[type=submit]");
		page.waitForSelector("#form-errors");

		assertThat(page.locator("#form-errors").innerText()).isEqualTo("请修改标出的字段：证件号码、联系电话");
		assertThat(page.locator("#idNumber-error").innerText()).isEqualTo("身份证号码应为 18 位");
		assertThat(page.locator("#phone-error").innerText()).isEqualTo("手机号码应为 11 位，以 13–19 开头");
		assertMarked(page, "#new-idNumber", "idNumber-error");
		assertMarked(page, "#new-phone", "phone-error");
		assertThat(page.locator("#new-person .is-invalid").count()).isEqualTo(2);
		assertThat(page.inputValue("#new-name")).isEqualTo(name);
		assertThat(page.inputValue("#new-idNumber")).isEqualTo("4101051990");
		assertThat(page.inputValue("#new-phone")).isEqualTo("12345");
		assertThat(page.inputValue("#new-gridCode")).isEqualTo(GRID);
		assertThat(page.inputValue("#new-source")).isEqualTo("HOME_VISIT");
		assertWordsOnly(page);
		Browser.screenshot(page, "form-errors-person");
	}

	@Test
	void anImportOfAWrongFileTypeIsMarkedAtTheFileWithTheKindKept() {
		Page page = desk("community1");
		page.navigate(base() + "/registry/imports");
		page.selectOption("#kind", "house");
		page.setInputFiles("#file", new FilePayload("名单.txt", "text/plain", "张三,13800000000".getBytes(StandardCharsets.UTF_8)));
		page.click("#import-form button[type=submit]");
		page.waitForSelector("#form-errors");

		assertThat(page.locator("#form-errors").innerText()).isEqualTo("请修改标出的字段：文件");
		assertThat(page.locator("#file-error").innerText()).isEqualTo("只能导入 .xlsx 或 .csv 文件");
		assertMarked(page, "#file", "file-error");
		assertThat(page.inputValue("#kind")).isEqualTo("house");
		assertWordsOnly(page);
		Browser.screenshot(page, "form-errors-import");
	}

	@Test
	void aRatingWithoutStarsAsksForThemOnThePhoneWithTheCommentKept() {
		long id = completedCaseOfResident1();
		Page page = browser.page(true);
		Browser.signIn(page, base(), "resident1");
		page.navigate(base() + "/cases/" + id);
		serverChecksOnly(page, "action-rate");
		page.fill("#rate-comment", "还可以更快一些");
		page.click("#action-rate button[type=submit]");
		page.waitForSelector("#form-errors");

		assertThat(page.locator("#form-errors").innerText()).isEqualTo("请修改标出的字段：评分");
		assertThat(page.locator("#score-error").innerText()).isEqualTo("请点选星星评分：1 星最不满意，5 星最满意");
		assertThat(page.locator("#action-rate .rate-stars").getAttribute("class")).contains("is-invalid");
		assertThat(page.inputValue("#rate-comment")).isEqualTo("还可以更快一些");
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		assertWordsOnly(page);
		Browser.screenshot(page, "form-errors-rate-phone");

		page.locator("label.star[data-score='4']").tap();
		page.click("#action-rate button[type=submit]");
		page.waitForSelector("#case-rating");
		assertThat(page.locator("#case-rating").getAttribute("data-score")).isEqualTo("4");
		assertThat(page.locator("#case-rating-comment").innerText()).isEqualTo("还可以更快一些");
		assertThat(page.locator("#flash-message").innerText()).isEqualTo("已评价");
	}

	@Test
	void aWrongPasswordKeepsTheUsernameAndSaysWhyInWords() {
		Page page = browser.page(false);
		page.navigate(base() + "/login");
		page.fill("#username", "dispatcher");
		page.fill("#password", "not-the-password");
		page.click("button[type=submit]");
		page.waitForSelector("#login-error");

		assertThat(page.locator("#login-error").innerText()).isEqualTo("用户名或密码错误。");
		assertThat(page.inputValue("#username")).isEqualTo("dispatcher");
		assertThat(page.inputValue("#password")).isEmpty();
		assertThat(page.locator("#password").getAttribute("class")).contains("is-invalid");
		assertWordsOnly(page);
		Browser.screenshot(page, "form-errors-login");
	}

	/**
	 * No path, no bundle key, no API or validator wording anywhere in the page's text, but for what people typed
	 * themselves that a page lists (the file names of earlier imports: gbk.csv is a name, not a path).
	 */
	private static void assertWordsOnly(Page page) {
		String typed = page.locator("#import-history").count() > 0 ? page.locator("#import-history").innerText() : "";
		String text = page.locator("body").innerText().replaceAll("https?://\\S+", "").replace(typed, "");
		Matcher paths = PATH.matcher(text);
		assertThat(paths.find()).as(() -> "a field path in: " + paths.group() + "\n" + text).isFalse();
		assertThat(API_WORDS).as(text).noneMatch(text::contains);
	}

	private static void assertMarked(Page page, String field, String feedbackId) {
		assertThat(page.locator(field).getAttribute("class")).contains("is-invalid");
		assertThat(page.locator(field).getAttribute("aria-describedby")).isEqualTo(feedbackId);
		assertThat(page.locator("#" + feedbackId).getAttribute("class")).contains("invalid-feedback");
	}

	/** Switches the browser's own checks off, so the server's answer is what the page shows. */
	private static void serverChecksOnly(Page page, String formId) {
		page.evaluate("id => document.getElementById(id).noValidate = true", formId);
	}

	private Page desk(String username) {
		Page page = browser.page(false);
		Browser.signIn(page, base(), username);
		return page;
	}

	private long completedCaseOfResident1() {
		Api api = Api.on(port);
		JsonNode c = api.as("admin").get("/api/v1/regions/" + GRID).json().path("centroid");
		Api.Response r = api.as("resident1").post("/api/v1/cases", Map.of("categoryCode", "E0102",
				"description", "评价表单测试 " + suffix(), "location",
				Map.of("lat", c.path("lat").asDouble(), "lng", c.path("lng").asDouble())));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		long id = r.json().path("id").asLong();
		step(api, "gridworker1", id, "verify", Map.of());
		step(api, "dispatcher", id, "file", Map.of());
		step(api, "dispatcher", id, "dispatch", Map.of("assigneeUnit", GRID, "assigneeUser", "gridworker1"));
		step(api, "gridworker1", id, "accept", Map.of());
		step(api, "gridworker1", id, "handle", Map.of("note", "已清运"));
		step(api, "supervisor", id, "check-pass", Map.of());
		return id;
	}

	private void step(Api api, String username, long id, String action, Map<String, ?> body) {
		Api.Response r = api.as(username).post("/api/v1/cases/" + id + "/actions/" + action, body);
		assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
