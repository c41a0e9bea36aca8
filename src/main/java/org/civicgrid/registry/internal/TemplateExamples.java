package org.civicgrid.registry.internal;

/**
 * The example rows of the import templates describe one family in one house of the demo's grid, so that a sheet
 * filled in after the example is right and the untouched templates import as they are, in the order building,
 * house, person, household (the household names the house and its members by ID number). The ID numbers are
 * valid resident identity card numbers (GB 11643-1999 check character) whose birth date and sex agree with the
 * person template's 出生日期 and 性别.
 */
final class TemplateExamples {

	static final String GRID = "410105560001001";
	static final String BUILDING = "410105560001001001";
	static final String UNIT = "2";
	static final String FLOOR = "5";
	static final String ROOM = "502";
	static final String ADDRESS = "如意湖小区3号楼2单元502";

	/** 张三, the head: a man born 1980-01-01 (sequence 123, odd). */
	static final String HEAD_ID = "410105198001011239";

	/** 李梅, his wife: a woman born 1982-03-04 (sequence 002, even). */
	static final String SPOUSE_ID = "41010519820304002X";

	/** 张小明, their son: a boy born 2010-05-06 (sequence 001, odd). */
	static final String CHILD_ID = "410105201005060016";

	private TemplateExamples() {
	}
}
