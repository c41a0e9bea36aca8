package org.civicgrid.services.internal;

/** Whether the hall sees the paper itself, keeps a copy, or both (原件 / 复印件 / 原件及复印件). */
public enum MaterialForm {
	ORIGINAL("原件"), COPY("复印件"), ORIGINAL_AND_COPY("原件及复印件");

	private final String written;

	MaterialForm(String written) {
		this.written = written;
	}

	/** The name a sheet writes, whatever the reader's language; pages take theirs from the bundles. */
	public String written() {
		return written;
	}

	/** The constant named by its code (any case) or its written name, or null. */
	public static MaterialForm parse(String text) {
		String t = text == null ? "" : text.strip();
		for (MaterialForm value : values()) {
			if (value.name().equalsIgnoreCase(t) || value.written.equals(t)) {
				return value;
			}
		}
		return null;
	}
}
