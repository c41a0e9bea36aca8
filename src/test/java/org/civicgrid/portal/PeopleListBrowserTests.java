package org.civicgrid.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import com.microsoft.playwright.Page;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.IdNumber;
import org.civicgrid.registry.NewPerson;
import org.civicgrid.registry.People;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people list as a grid worker reads it on a phone (390 × 844): names on one line, the numbers and the grid
 * left to the desk, anything wider scrolling inside the table's own container; and the pager of a search that
 * counts more matches than the cap, which says 第 N 页 with previous and next instead of a page count it cannot know.
 */
class PeopleListBrowserTests extends BrowserTest {

	private static final String GRID = "410105560001001";
	private static final Caller STAFF = new Caller(-1, "dispatcher", "街道调度员", Role.STREET_STAFF, "410105560");
	private static final Random RANDOM = new Random(System.nanoTime());
	/** 二七区: no other test issues ID numbers of this district. */
	private static final String ORIGIN = "410103";

	@Autowired
	People people;

	private final LocalDate born = LocalDate.of(1950, 1, 1).plusDays(RANDOM.nextInt(20_000));
	private int issued;

	@Test
	void onAPhoneNamesStayOnOneLineAndOnlyTheTableScrolls() {
		String tag = suffix(3);
		for (String given : List.of("欧阳", "司马", "诸葛")) {
			register(given + tag + "明月");
		}
		Page phone = browser.page(true);
		Browser.signIn(phone, base(), "gridworker1");
		phone.navigate(base() + "/people?q=" + tag);
		assertThat(phone.locator("#people-total").innerText()).isEqualTo("共 3 人");
		assertThat(phone.locator("#people-table tbody tr[data-person]").count()).isEqualTo(3);

		// every name is one line box: one client rect, no taller than the line height
		List<?> names = (List<?>) phone.evaluate("""
				() => [...document.querySelectorAll('#people-table td.person-name a')].map(a => {
				  const lh = parseFloat(getComputedStyle(a).lineHeight);
				  return { rects: a.getClientRects().length, height: a.getBoundingClientRect().height, line: lh };
				})""");
		assertThat(names).hasSize(3).allSatisfy(n -> {
			var m = (java.util.Map<?, ?>) n;
			assertThat(((Number) m.get("rects")).intValue()).as("line boxes of a name " + m).isOne();
			assertThat(((Number) m.get("height")).doubleValue()).as("name height " + m)
				.isLessThanOrEqualTo(((Number) m.get("line")).doubleValue() * 1.2);
		});
		// the numbers and the grid are the desk's columns; the phone keeps name, sex, age and tags
		assertThat(shownHeaders(phone)).containsExactly("姓名", "性别", "年龄", "标签");
		assertThat(phone.locator("#people-table tbody tr[data-person] code").first().isVisible()).isFalse();
		// the page itself never scrolls sideways; the table sits in a container that would
		assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(390);
		assertThat(phone.evaluate("() => getComputedStyle(document.querySelector('#people-table').parentElement).overflowX"))
			.isEqualTo("auto");
		assertThat(((Number) phone.evaluate(
				"() => document.querySelector('#people-table').parentElement.getBoundingClientRect().right")).doubleValue())
			.isLessThanOrEqualTo(390);
		Browser.screenshot(phone, "people-list-phone");

		Page desk = browser.page(false);
		desk.setViewportSize(1440, 900);
		Browser.signIn(desk, base(), "gridworker1");
		desk.navigate(base() + "/people?q=" + tag);
		assertThat(shownHeaders(desk)).containsExactly("姓名", "性别", "出生日期", "证件号码", "联系电话", "标签", "网格编码");
		assertThat(desk.locator("#people-table tbody tr[data-person] code").first().isVisible()).isTrue();
		assertThat(((Number) desk.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(1440);
	}

	@Test
	void aSearchPastTheCountCapPagesByNumberWithoutAPageCount() {
		String prefix = "翻页" + suffix(2);
		for (int i = 0; i < 1_001; i++) {
			register(prefix + "%04d".formatted(i));
		}
		Page desk = browser.page(false);
		Browser.signIn(desk, base(), "gridworker1");
		desk.navigate(base() + "/people?q=" + prefix);
		assertThat(desk.locator("#people-total").innerText()).isEqualTo("超过 1,000 人，请缩小查询条件");
		assertThat(desk.locator("nav.pager").getAttribute("data-capped")).isEqualTo("true");
		assertThat(desk.locator("nav.pager").innerText()).contains("第 1 页").doesNotContain("/");
		assertThat(desk.locator("nav.pager .page-item").count()).as("previous, the page, next: no page links")
			.isEqualTo(3);
		assertThat(desk.locator("nav.pager .page-item").first().getAttribute("class")).contains("disabled");
		desk.click("nav.pager a:has-text('下一页')");
		desk.waitForURL(url -> url.contains("page=1"));
		assertThat(desk.locator(".pager-position").innerText()).isEqualTo("第 2 页");
		assertThat(desk.locator("#people-table tbody").innerText()).contains(prefix + "0020").doesNotContain(prefix + "0019");
		assertThat(desk.locator("nav.pager .page-item").first().getAttribute("class")).doesNotContain("disabled");

		// page 51 holds the 1,001st match alone: there is no next page, and the total still says "more than"
		desk.navigate(base() + "/people?q=" + prefix + "&page=50");
		assertThat(desk.locator(".pager-position").innerText()).isEqualTo("第 51 页");
		assertThat(desk.locator("#people-table tbody tr[data-person]").allInnerTexts()).singleElement()
			.asString().contains(prefix + "1000");
		assertThat(desk.locator("nav.pager .page-item").last().getAttribute("class")).contains("disabled");
		assertThat(desk.locator("#people-total").innerText()).isEqualTo("超过 1,000 人，请缩小查询条件");
		desk.navigate(base() + "/people?q=" + prefix + "&page=51");
		assertThat(desk.locator("#people-none").innerText()).isEqualTo("这一页没有更多居民了，请返回上一页或缩小查询条件");
		assertThat(desk.locator(".pager-position").innerText()).isEqualTo("第 52 页");
		Browser.screenshot(desk, "people-list-capped");

		desk.navigate(base() + "/people?q=" + prefix + "&lang=en");
		assertThat(desk.locator("#people-total").innerText()).isEqualTo("More than 1,000 people; narrow the search");
		assertThat(desk.locator(".pager-position").innerText()).isEqualTo("Page 1");
	}

	/** The headers the page shows (innerText of a hidden element would still give its text). */
	private static List<String> shownHeaders(Page page) {
		return ((List<?>) page.evaluate("""
				() => [...document.querySelectorAll('#people-table thead th')]
				  .filter(th => th.getClientRects().length > 0).map(th => th.innerText.trim())""")).stream()
			.map(String::valueOf).toList();
	}

	private void register(String name) {
		people.upsert(STAFF, new NewPerson(name, null, idNumber(), null, null, null, "汉族", null, null, null, null,
				null, null, List.of(), null, GRID, null), ChangeSource.IMPORT);
	}

	/** Distinct within the test: a birth date per thousand, the sequence counting up. */
	private String idNumber() {
		int n = issued++;
		LocalDate birth = born.plusDays(n / 1000);
		return IdNumber.complete(ORIGIN + birth.toString().replace("-", "") + "%03d".formatted(n % 1000),
				LocalDate.of(2026, 1, 1)).value();
	}

	private static String suffix(int length) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < length; i++) {
			s.append("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉".charAt(RANDOM.nextInt(20)));
		}
		return s.toString();
	}
}
