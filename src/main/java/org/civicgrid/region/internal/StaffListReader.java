package org.civicgrid.region.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;

import org.civicgrid.region.StaffDuty;
import org.civicgrid.region.StaffMember;
import org.civicgrid.shared.FieldProblem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Reads a JSON list of staff members, naming every wrong field by its path. */
@Component
public class StaffListReader {

	private final Validator validator;

	StaffListReader(Validator validator) {
		this.validator = validator;
	}

	/** The members read; {@code errors} gains a problem per wrong field, with {@code item} as its index. */
	public List<StaffMember> read(JsonNode list, Integer item, String path, List<FieldProblem> errors) {
		if (list == null || !list.isArray()) {
			errors.add(new FieldProblem(item, path, "region.staff-not-list"));
			return List.of();
		}
		List<StaffMember> staff = new ArrayList<>();
		for (int j = 0; j < list.size(); j++) {
			JsonNode m = list.get(j);
			String at = path + "[" + j + "]";
			StaffDuty duty;
			try {
				duty = StaffDuty.valueOf(m.path("duty").asString(""));
			}
			catch (IllegalArgumentException e) {
				errors.add(new FieldProblem(item, at + ".duty", "region.duty-unknown", m.path("duty").asString("")));
				continue;
			}
			StaffMember member = new StaffMember(duty, m.path("name").asString("").trim(), text(m, "phone"),
					text(m, "photoUrl"));
			validator.validate(member).forEach(v -> errors.add(new FieldProblem(item, at + "." + v.getPropertyPath(),
					"validation.literal", v.getMessage())));
			staff.add(member);
		}
		return staff;
	}

	private static String text(JsonNode node, String field) {
		String value = node.path(field).asString("").trim();
		return value.isEmpty() ? null : value;
	}
}
