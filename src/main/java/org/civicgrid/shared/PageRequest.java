package org.civicgrid.shared;

/** {@code ?page=&size=} as every list endpoint reads them: page from 0, size 1–500, default 20. */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 500;

	public PageRequest {
		if (page < 0) {
			throw InvalidInputException.of("page", "validation.page");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw InvalidInputException.of("size", "validation.size", MAX_SIZE);
		}
	}

	public static PageRequest of(Integer page, Integer size) {
		return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
