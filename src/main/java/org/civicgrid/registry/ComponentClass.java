package org.civicgrid.registry;

/**
 * The big classes (大类) of city management components, GB/T 30428.2 (from CJ/T 214): the two digits after the
 * county code in a component code.
 */
public enum ComponentClass {
	PUBLIC_UTILITIES("01", "公用设施"),
	ROADS_AND_TRAFFIC("02", "道路交通"),
	CITY_APPEARANCE("03", "市容环境"),
	LANDSCAPING("04", "园林绿化"),
	HOUSING_AND_LAND("05", "房屋土地"),
	OTHER_FACILITIES("06", "其他设施"),
	EXTENSION("99", "扩展部件");

	private final String code;

	private final String label;

	ComponentClass(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	/** The standard's Chinese name. */
	public String label() {
		return label;
	}

	static ComponentClass ofCode(String code) {
		for (ComponentClass c : values()) {
			if (c.code.equals(code)) {
				return c;
			}
		}
		return null;
	}
}
