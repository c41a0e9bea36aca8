package org.civicgrid.services.internal;

/**
 * The seven kinds of the catalog (民事一本通), in the order halls list them; their names are in the bundles
 * ({@code services.category.<NAME>}).
 */
public enum ServiceCategory implements Written {
	/** 民政: minimum living allowance, assistance, the elderly, burial. */
	CIVIL_AFFAIRS("民政"),
	/** 社保就业: pensions, employment and unemployment registration. */
	SOCIAL_SECURITY("社保就业"),
	/** 医保: medical insurance enrolment, proofs, reimbursement. */
	MEDICAL_INSURANCE("医保"),
	/** 计生卫健: birth registration, one-child certificates, maternal and child health. */
	HEALTH("计生卫健"),
	/** 户籍证明: household registration, ID cards, residence permits and proofs. */
	RESIDENCE("户籍证明"),
	/** 残联: disability certificates and subsidies. */
	DISABILITY("残联"),
	/** 住房/综合: public housing and whatever else the hall takes. */
	HOUSING("住房/综合");

	private final String written;

	ServiceCategory(String written) {
		this.written = written;
	}

	@Override
	public String written() {
		return written;
	}

	/** The constant named by its code (any case) or its written name, or null. */
	public static ServiceCategory parse(String text) {
		return Written.parse(ServiceCategory.class, text);
	}
}
