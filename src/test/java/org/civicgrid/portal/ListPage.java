package org.civicgrid.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff list page as a clerk uses it (fragments/list.html): the values of a column, a click on a sortable header,
 * the pager's next link, and the width check of a phone.
 */
final class ListPage {

	private final Page page;
	private final String table;

	ListPage(Page page, String table) {
		this.page = page;
		this.table = table;
	}

	/** The texts of the cells matching {@code cell} (a selector inside a body row), top to bottom. */
	List<String> column(String cell) {
		return page.locator(table + " tbody " + cell).allInnerTexts().stream().map(String::strip).toList();
	}

	/** Clicks the header of {@code field} and waits for the list sorted that way. */
	void sortBy(String field, String direction) {
		page.click(table + " thead th[data-sort='" + field + "'] a");
		page.waitForURL(url -> url.contains("sort=" + field + "," + direction) || url.contains("sort=" + field + "%2C"
				+ direction));
		assertThat(page.locator(table + " thead th[data-sort='" + field + "']").getAttribute("aria-sort"))
			.isEqualTo(direction.equals("asc") ? "ascending" : "descending");
	}

	/** Asserts the column's values stand in the order, and that there are at least two to order. */
	void assertSorted(String cell, Comparator<String> order) {
		List<String> values = column(cell);
		assertThat(values).as("values of " + cell).hasSizeGreaterThan(1);
		List<String> sorted = new ArrayList<>(values);
		sorted.sort(order);
		assertThat(values).as("order of " + cell).containsExactlyElementsOf(sorted);
		assertThat(values.get(0)).as("first and last of " + cell).isNotEqualTo(values.get(values.size() - 1));
	}

	/** Follows the pager's next link and waits for page {@code n} (from 1) of the same list. */
	void next(int n) {
		page.click("nav.pager a:has-text('下一页')");
		page.waitForURL(url -> url.contains("page=" + (n - 1)));
	}

	/** At a phone's width the page never scrolls sideways, and the table is wider than its wrapper, which scrolls. */
	void assertScrollsInsideOnAPhone() {
		assertFitsAPhone();
		String wrapper = "document.querySelector(\"" + table + "\").parentElement";
		assertThat(((Number) page.evaluate("() => " + wrapper + ".scrollWidth")).intValue())
			.as("the table is wider than its wrapper, which scrolls")
			.isGreaterThan(((Number) page.evaluate("() => " + wrapper + ".clientWidth")).intValue());
	}

	/** At a phone's width the page never scrolls sideways: the table sits in a wrapper that would scroll. */
	void assertFitsAPhone() {
		assertThat(((Number) page.evaluate("() => innerWidth")).intValue()).isEqualTo(390);
		assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.as("page width").isLessThanOrEqualTo(((Number) page.evaluate("() => innerWidth")).intValue());
		String wrapper = "document.querySelector(\"" + table + "\").parentElement";
		assertThat(page.evaluate("() => " + wrapper + ".classList.contains('table-responsive')")).isEqualTo(true);
		assertThat(page.evaluate("() => getComputedStyle(" + wrapper + ").overflowX")).isEqualTo("auto");
		assertThat(((Number) page.evaluate("() => " + wrapper + ".getBoundingClientRect().right")).doubleValue())
			.isLessThanOrEqualTo(390);
	}
}
