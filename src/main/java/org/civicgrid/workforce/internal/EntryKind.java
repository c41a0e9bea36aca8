package org.civicgrid.workforce.internal;

/** The 四有 of a daily log: what each entry is a record of. */
public enum EntryKind {
	/** 有联系对象名单: someone the worker keeps in touch with. */
	CONTACT,
	/** 有档案底册: a household's or person's file brought up to date. */
	ARCHIVE,
	/** 有帮扶记录: help given to someone in need. */
	HELP,
	/** 有办结事项记录: a matter finished for a resident. */
	DONE
}
