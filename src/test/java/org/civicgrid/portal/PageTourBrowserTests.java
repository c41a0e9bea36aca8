package org.civicgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every page of the sidebar, for every demo role, at the desk (1400 × 900) and on a phone (390 × 844): it opens,
 * its breadcrumbs name the page the sidebar marks, and its zh-CN text holds none of the application's enum names
 * (OWNER_OCCUPIED, DEPARTMENT, LOGIN …, read from the compiled enums, so a new enum is checked too), no time limit
 * code (4wh) and no framework
 * English ("Forbidden", "Zoom in"). A screenshot of each page goes to {@code target/screenshots/tour-*}.
 */
class PageTourBrowserTests extends BrowserTest {

	/** Framework English that must not reach a Chinese page. */
	private static final List<String> FOREIGN = List.of("Forbidden", "Zoom in", "Zoom out", "Whitelabel", "null");

	private static final Set<String> ENUM_NAMES = enumNames();

	@ParameterizedTest(name = "{0} at {1}")
	@CsvSource({ "admin,desk", "leader,desk", "dispatcher,desk", "supervisor,desk", "community1,desk",
			"gridworker1,desk", "handler,desk", "resident1,desk", "gridworker1,phone", "resident1,phone",
			"community1,phone", "dispatcher,phone" })
	void everySidebarPageOpensInChineseWords(String user, String viewport) {
		boolean phone = "phone".equals(viewport);
		Page page = browser.page(phone);
		Browser.signIn(page, base(), user);
		List<String> paths = new ArrayList<>();
		page.locator("#cg-sidebar a.cg-item").all().forEach(a -> paths.add(a.getAttribute("href")));
		assertThat(paths).as("the sidebar of " + user).contains("/", "/cases/mine", "/inbox");

		for (String path : paths) {
			if (path.startsWith("/swagger")) {
				continue; // the API docs are swagger-ui's own English page
			}
			Response response = page.navigate(base() + path);
			String where = user + " at " + path + " (" + viewport + ")";
			assertThat(response.status()).as(where).isLessThan(400);
			page.waitForLoadState();
			String text = page.locator("body").innerText();
			assertThat(leakedEnumNames(text)).as(where).isEmpty();
			assertThat(Pattern.compile("\\b\\d+(wh|wd)\\b").matcher(text).find()).as(where + ": a time limit code")
				.isFalse();
			assertThat(FOREIGN).as(where).noneMatch(word -> Pattern.compile("\\b" + word + "\\b").matcher(text).find());
			if (!"/".equals(path)) {
				String active = page.locator("#cg-sidebar a.cg-item.active").getAttribute("href");
				assertThat(active).as(where).isEqualTo(path);
				if (!phone) {
					assertThat(page.locator("#breadcrumbs").innerText()).as(where)
						.contains(page.locator("#cg-sidebar a.cg-item.active").innerText());
				}
			}
			Browser.screenshot(page, "tour-" + user + "-" + viewport + path.replace('/', '-'));
		}
	}

	static Set<String> leakedEnumNames(String text) {
		Set<String> found = new TreeSet<>();
		Matcher words = Pattern.compile("\\b[A-Z][A-Z0-9_]{2,}\\b").matcher(text);
		while (words.find()) {
			if (ENUM_NAMES.contains(words.group())) {
				found.add(words.group());
			}
		}
		return found;
	}

	/** Every constant of every enum in the application. */
	static Set<String> enumNames() {
		Set<String> names = new TreeSet<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.civicgrid")) {
			if (type.isEnum()) {
				type.getEnumConstants().forEach(c -> names.add(c.name()));
			}
		}
		return names;
	}
}
