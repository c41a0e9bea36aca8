package org.civicgrid.services.internal;

/**
 * A choice of the catalog that a sheet may write by its Chinese name (民政, 原件) as well as by its code; pages take
 * their labels from the bundles whatever the sheet wrote.
 */
interface Written {

	/** The name a sheet writes, whatever the reader's language. */
	String written();

	/** The constant of {@code type} named by its code (any case) or its written name, or null. */
	static <E extends Enum<E> & Written> E parse(Class<E> type, String text) {
		String t = text == null ? "" : text.strip();
		for (E value : type.getEnumConstants()) {
			if (value.name().equalsIgnoreCase(t) || value.written().equals(t)) {
				return value;
			}
		}
		return null;
	}
}
