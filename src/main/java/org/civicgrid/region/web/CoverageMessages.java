package org.civicgrid.region.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civicgrid.region.CoverageWarning;
import org.civicgrid.region.ImportResult;
import org.civicgrid.region.StaffMember;
import org.civicgrid.region.internal.StaffListReader;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Puts import results into words for the caller, and reads staff lists from request bodies. */
@Component
class CoverageMessages {

	private final MessageSource messages;
	private final StaffListReader staffLists;

	CoverageMessages(MessageSource messages, StaffListReader staffLists) {
		this.messages = messages;
		this.staffLists = staffLists;
	}

	Map<String, Object> describe(ImportResult result, Locale locale) {
		List<Map<String, Object>> warnings = new ArrayList<>();
		for (CoverageWarning w : result.warnings()) {
			Map<String, Object> warning = new LinkedHashMap<>();
			warning.put("kind", w.kind().name());
			warning.put("codes", w.codes());
			warning.put("areaSquareMetres", w.areaSquareMetres());
			warning.put("message", messages.getMessage("coverage." + w.kind().name(),
					new Object[] { String.join(", ", w.codes()), w.areaSquareMetres() }, locale));
			warnings.add(warning);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("created", result.created());
		body.put("updated", result.updated());
		body.put("warnings", warnings);
		return body;
	}

	List<StaffMember> readStaff(JsonNode body) {
		List<FieldProblem> errors = new ArrayList<>();
		List<StaffMember> staff = staffLists.read(body, null, "staff", errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return staff;
	}
}
