package org.civicgrid.services.internal;

/** The moments of a life a resident looks things up by (按人生事件找事项); named in the bundles. */
public enum LifeEvent implements Written {
	/** 生育 */
	BIRTH("生育"),
	/** 教育 */
	EDUCATION("教育"),
	/** 就业 */
	EMPLOYMENT("就业"),
	/** 婚姻 */
	MARRIAGE("婚姻"),
	/** 就医 */
	MEDICAL("就医"),
	/** 住房 */
	HOUSING("住房"),
	/** 迁居落户 */
	RELOCATION("迁居落户"),
	/** 困难帮扶 */
	HARDSHIP("困难帮扶"),
	/** 养老 */
	OLD_AGE("养老"),
	/** 残疾 */
	DISABILITY("残疾"),
	/** 退役 */
	VETERANS("退役"),
	/** 身后事 */
	DEATH("身后事");

	private final String written;

	LifeEvent(String written) {
		this.written = written;
	}

	@Override
	public String written() {
		return written;
	}

	/** The constant named by its code (any case) or its written name, or null. */
	public static LifeEvent parse(String text) {
		return Written.parse(LifeEvent.class, text);
	}
}
