package org.civicgrid.registry;

/**
 * The kinds of identity document a person can be registered with. The resident ID card is the rule; the others
 * are the typed alternative for people who have none (证件类型).
 */
public enum DocumentType {
	/** 居民身份证, GB 11643-1999. */
	ID_CARD,
	/** 护照. */
	PASSPORT,
	/** 港澳居民来往内地通行证 (回乡证): H for Hong Kong, M for Macao, then digits. */
	HK_MACAO_PERMIT,
	/** 台湾居民来往大陆通行证 (台胞证). */
	TAIWAN_PERMIT,
	/** 外国人永久居留身份证. */
	FOREIGN_PERMANENT_RESIDENT,
	/** 其他证件. */
	OTHER
}
