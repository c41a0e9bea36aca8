package org.civicgrid.services.internal;

/** Whether the hall sees the paper itself, keeps a copy, or both (原件 / 复印件 / 原件及复印件). */
public enum MaterialForm implements Written {
	ORIGINAL("原件"), COPY("复印件"), ORIGINAL_AND_COPY("原件及复印件");

	private final String written;

	MaterialForm(String written) {
		this.written = written;
	}

	@Override
	public String written() {
		return written;
	}

	/** The constant named by its code (any case) or its written name, or null. */
	public static MaterialForm parse(String text) {
		return Written.parse(MaterialForm.class, text);
	}
}
