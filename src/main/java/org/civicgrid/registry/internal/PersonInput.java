package org.civicgrid.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.civicgrid.region.Regions;
import org.civicgrid.registry.DocumentType;
import org.civicgrid.registry.IdNumber;
import org.civicgrid.registry.IdentityDocument;
import org.civicgrid.registry.NewPerson;
import org.civicgrid.registry.PhoneNumber;
import org.civicgrid.registry.Sex;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.text.Normalize;
import org.springframework.stereotype.Component;

/**
 * Checks a person as typed and turns it into canonical {@link PersonData}, listing every wrong field at once
 * (422). Sex and birth date default to what an ID card number says. Problems name fields, never values.
 */
@Component
class PersonInput {

	private final Regions regions;
	private final RegistrySettings settings;
	private final Clock clock;

	PersonInput(Regions regions, RegistrySettings settings, Clock clock) {
		this.regions = regions;
		this.settings = settings;
		this.clock = clock;
	}

	PersonData check(NewPerson in) {
		return check(in, code -> regions.exists(RegionCode.of(code)));
	}

	/** The same check with the region lookup given: an import asks a per-job cache instead of the database. */
	/** @param regionExists asked only of well-formed codes */
	PersonData check(NewPerson in, Predicate<String> regionExists) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		String name = text(in.name(), "name", 50, problems);
		if (name == null) {
			problems.add(FieldProblem.of("name", "validation.required"));
		}
		String rawNumber = blankToNull(in.idNumber());
		String number = null;
		DocumentType type = rawNumber == null ? null
				: in.documentType() == null ? DocumentType.ID_CARD : in.documentType();
		if (rawNumber == null && in.documentType() != null) {
			problems.add(FieldProblem.of("idNumber", "validation.required"));
		}
		IdNumber id = null;
		if (type == DocumentType.ID_CARD) {
			id = parse(() -> IdNumber.parse(rawNumber, today), problems);
			number = id == null ? null : id.value();
		}
		else if (type != null) {
			IdentityDocument doc = parse(() -> IdentityDocument.of(type, rawNumber, today), problems);
			number = doc == null ? null : doc.number();
		}
		String rawPhone = blankToNull(in.phone());
		PhoneNumber phone = rawPhone == null ? null : parse(() -> PhoneNumber.parse(rawPhone), problems);
		Sex sex = in.sex() != null ? in.sex() : id == null ? null : id.sex();
		LocalDate birth = in.birthDate() != null ? in.birthDate() : id == null ? null : id.birthDate();
		if (birth != null && birth.isAfter(today)) {
			problems.add(FieldProblem.of("birthDate", "registry.person.birth-date-future"));
		}
		String grid = gridCode(in.gridCode(), regionExists, problems);
		String building = buildingCode(in.buildingCode(), grid, regionExists, problems);
		PersonData data = new PersonData(name, type, number, phone == null ? null : phone.value(), sex, birth,
				text(in.ethnicity(), "ethnicity", 20, problems), text(in.education(), "education", 20, problems),
				text(in.employment(), "employment", 100, problems),
				text(in.politicalStatus(), "politicalStatus", 20, problems),
				text(in.registeredResidence(), "registeredResidence", 200, problems),
				text(in.actualResidence(), "actualResidence", 200, problems),
				text(in.relationToHead(), "relationToHead", 20, problems), tags(in.tags(), problems),
				text(in.notes(), "notes", 2000, problems), grid, building);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return data;
	}

	/** A tag from the configured list, or a 400 naming the query parameter {@code field}. */
	String tag(String raw, String field) {
		String tag = Normalize.text(raw);
		if (!settings.tags().contains(tag)) {
			throw InvalidInputException.of(field, "registry.person.tag-unknown", tag);
		}
		return tag;
	}

	private List<String> tags(List<String> raw, List<FieldProblem> problems) {
		LinkedHashSet<String> tags = new LinkedHashSet<>();
		for (String t : raw == null ? List.<String>of() : raw) {
			String tag = Normalize.text(t);
			if (tag == null || !settings.tags().contains(tag)) {
				problems.add(FieldProblem.of("tags", "registry.person.tag-unknown", tag));
			}
			else {
				tags.add(tag);
			}
		}
		return List.copyOf(tags);
	}

	private static String gridCode(String raw, Predicate<String> exists, List<FieldProblem> problems) {
		String code = blankToNull(Normalize.compact(raw));
		if (code == null) {
			problems.add(FieldProblem.of("gridCode", "validation.required"));
		}
		else if (RegionLevel.ofCode(code).orElse(null) != RegionLevel.GRID || !exists.test(code)) {
			problems.add(FieldProblem.of("gridCode", "registry.person.grid-unknown", code));
		}
		return code;
	}

	private static String buildingCode(String raw, String grid, Predicate<String> exists,
			List<FieldProblem> problems) {
		String code = blankToNull(Normalize.compact(raw));
		if (code != null && (grid == null || !code.startsWith(grid)
				|| RegionLevel.ofCode(code).orElse(null) != RegionLevel.BUILDING || !exists.test(code))) {
			problems.add(FieldProblem.of("buildingCode", "registry.person.building-unknown", code));
		}
		return code;
	}

	private static String text(String raw, String field, int max, List<FieldProblem> problems) {
		String s = blankToNull(Normalize.text(raw));
		if (s != null && s.length() > max) {
			problems.add(FieldProblem.of(field, "registry.person.too-long", max));
		}
		return s;
	}

	/** The parsed value, or null with the parser's problems added; an identity document's are named idNumber. */
	private static <T> T parse(Supplier<T> parser, List<FieldProblem> problems) {
		try {
			return parser.get();
		}
		catch (InvalidInputException e) {
			e.errors().forEach(p -> problems.add(p.field().equals("documentNumber")
					? FieldProblem.of("idNumber", p.messageKey(), p.args()) : p));
			return null;
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
