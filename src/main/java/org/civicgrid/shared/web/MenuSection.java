package org.civicgrid.shared.web;

/**
 * The staff sidebar's groups, in the order it shows them. A new module adds its group here (one line and its
 * {@code nav.section.<name>} label in both bundles) and its pages with a {@link MenuItems} bean.
 */
public enum MenuSection {

	/** 工作台: home, my tasks, report, messages. */
	WORK,
	/** 事件办理: the boards and the indicators. */
	CASES,
	/** 便民服务: the service catalog, the halls' day, appointments, requests, agency matters and call-backs. */
	SERVICES,
	/** 三级联动: the three levels of channels, the console, emergencies and outbound deliveries. */
	MESSAGING,
	/** 基础信息: people, houses, households, organisations, parts. */
	REGISTRY,
	/** 网格管理: the grid map. */
	GRID,
	/** 系统管理: accounts, audit, catalog, keys. */
	ADMIN;

	/** The bundle key of the group's label. */
	public String labelKey() {
		return "nav.section." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
