package org.civicgrid.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the total count: the paging shape of every list in the API. A list that stops
 * counting at a cap (a one-character name search over a million people) says so with {@code totalCapped}: then
 * {@code total} is the cap and there are more.
 */
public record Paged<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

	public Paged(List<T> items, int page, int size, long total) {
		this(items, page, size, total, false);
	}

	public <R> Paged<R> map(Function<T, R> mapper) {
		return new Paged<>(items.stream().map(mapper).toList(), page, size, total, totalCapped);
	}

	/** How many pages the total fills; not a record component, so it stays out of the JSON. */
	public long pages() {
		return size == 0 ? 0 : (total + size - 1) / size;
	}

	/**
	 * Whether another page follows. Under a capped total the number of pages is unknown, so a full page is taken to
	 * have a next one: exact up to the cap (there are more matches than the cap), and beyond it wrong only when the
	 * matches end exactly with this page, whose next page is then empty.
	 */
	public boolean hasNext() {
		return totalCapped ? items.size() == size : page + 1L < pages();
	}
}
