package org.civicgrid.open311.internal;

import java.util.List;

/**
 * One attribute of a service definition (GeoReport v2 "GET Service Definition"): {@code datatype} is one of
 * string, number, datetime, text, singlevaluelist, multivaluelist; {@code values} are the keys a list allows.
 * Texts are bundle keys, so a definition reads in the caller's language.
 */
public record ServiceAttribute(String code, String datatype, boolean required, int order, String descriptionKey,
		List<String> values) {

	public ServiceAttribute {
		values = values == null ? List.of() : List.copyOf(values);
	}

	boolean allows(String value) {
		return switch (datatype) {
			case "singlevaluelist" -> values.contains(value);
			case "multivaluelist" -> value.isEmpty() || List.of(value.split(",")).stream().allMatch(values::contains);
			case "number" -> value.matches("-?\\d+(\\.\\d+)?");
			default -> value.length() <= 200;
		};
	}
}
