package org.civicgrid.registry;

/** Where a change to the registry came from, kept in every history entry. */
public enum ChangeSource {
	/** 入户走访: a grid worker at the door. */
	HOME_VISIT,
	/** 窗口: at the service counter. */
	COUNTER,
	/** 电话. */
	PHONE,
	/** 批量导入. */
	IMPORT,
	/** 数据交换: from another department's system. */
	EXCHANGE
}
