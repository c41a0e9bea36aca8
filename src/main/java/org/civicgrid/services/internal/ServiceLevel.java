package org.civicgrid.services.internal;

/**
 * Where an item is handled, the three levels of the halls (三级服务): the street's public service centre, the
 * community's one-stop hall, or a grid worker at the resident's door.
 */
public enum ServiceLevel implements Written {
	/** 街道便民服务中心 */
	STREET_CENTRE("街道便民服务中心"),
	/** 社区一站式服务大厅 */
	COMMUNITY_HALL("社区一站式服务大厅"),
	/** 网格上门 */
	GRID_DOOR("网格上门");

	private final String written;

	ServiceLevel(String written) {
		this.written = written;
	}

	@Override
	public String written() {
		return written;
	}

	/** The constant named by its code (any case) or its written name, or null. */
	public static ServiceLevel parse(String text) {
		return Written.parse(ServiceLevel.class, text);
	}
}
