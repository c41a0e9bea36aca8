package org.civicgrid.services.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Which fields of an item differ between two versions, by the API's field names, in the item's order. */
final class VersionChanges {

	private static final List<Field> FIELDS = List.of(new Field("category", ServiceItem::category),
			new Field("name", ServiceItem::name), new Field("level", ServiceItem::level),
			new Field("conditions", ServiceItem::conditions), new Field("materials", ServiceItem::materials),
			new Field("steps", ServiceItem::steps), new Field("timeLimitDays", ServiceItem::timeLimitDays),
			new Field("fee", ServiceItem::fee), new Field("legalBasis", ServiceItem::legalBasis),
			new Field("counter", ServiceItem::counter), new Field("contact", ServiceItem::contact),
			new Field("bookable", ServiceItem::bookable), new Field("agency", ServiceItem::agency),
			new Field("atHome", ServiceItem::atHome), new Field("lifeEvents", ServiceItem::lifeEvents));

	/** The names of every field a published item can change, in order. */
	static final List<String> NAMES = FIELDS.stream().map(Field::name).toList();

	private VersionChanges() {
	}

	/** The fields that differ; none against no earlier version (the first publish). */
	static List<String> between(ServiceItem before, ServiceItem after) {
		if (before == null) {
			return List.of();
		}
		List<String> changed = new ArrayList<>();
		for (Field f : FIELDS) {
			if (!Objects.equals(f.value().apply(before), f.value().apply(after))) {
				changed.add(f.name());
			}
		}
		return changed;
	}

	private record Field(String name, Function<ServiceItem, Object> value) {
	}
}
