package org.civicgrid.shared;

/**
 * {@code ?page=&size=&sort=} as every list endpoint reads them: page from 0, size 1–500, default 20, and the sort
 * asked for ({@link Sort}, null for the list's own order), which the list checks against its {@link SortColumns}.
 */
public record PageRequest(int page, int size, Sort sort) {

	public static final int MAX_SIZE = 500;

	public PageRequest {
		if (page < 0) {
			throw InvalidInputException.of("page", "validation.page");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw InvalidInputException.of("size", "validation.size", MAX_SIZE);
		}
	}

	public PageRequest(int page, int size) {
		this(page, size, null);
	}

	public static PageRequest of(Integer page, Integer size) {
		return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
	}

	/** The API's parameters: a malformed sort is a 400 naming {@code sort}. */
	public static PageRequest of(Integer page, Integer size, String sort) {
		return of(page, size).sortedBy(Sort.parse(sort));
	}

	public PageRequest sortedBy(Sort sort) {
		return new PageRequest(page, size, sort);
	}

	public long offset() {
		return (long) page * size;
	}
}
