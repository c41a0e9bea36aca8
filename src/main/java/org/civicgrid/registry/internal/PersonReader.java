package org.civicgrid.registry.internal;

import java.util.Locale;

import org.civicgrid.region.Regions;
import org.civicgrid.registry.PersonQuery;
import org.civicgrid.registry.PersonView;
import org.civicgrid.registry.PhoneNumber;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.masking.Masking;
import org.civicgrid.shared.text.Normalize;
import org.springframework.stereotype.Component;

/** Reading people within the caller's scope, and the masked view staff get. */
@Component
class PersonReader {

	private final StoredPeople people;
	private final Identifiers identifiers;
	private final PersonInput input;
	private final Regions regions;

	PersonReader(StoredPeople people, Identifiers identifiers, PersonInput input, Regions regions) {
		this.people = people;
		this.identifiers = identifiers;
		this.input = input;
		this.regions = regions;
	}

	/** The person, if the caller is staff and the person's grid lies in the caller's scope. */
	StoredPerson load(Caller caller, long id) {
		requireStaff(caller);
		String grid = people.gridOf(id).orElseThrow(() -> new NotFoundException("registry.person.not-found", id));
		caller.scope().require(grid);
		return people.find(id).orElseThrow(() -> new NotFoundException("registry.person.not-found", id));
	}

	Paged<PersonView> search(Caller caller, PersonQuery query, PageRequest page) {
		requireStaff(caller);
		return people.search(criteria(caller, query), page).map(PersonReader::view);
	}

	/** The query inside the caller's scope as SQL; a wrong ID number, phone, tag or region is a 400 naming it. */
	PeopleCriteria criteria(Caller caller, PersonQuery query) {
		String number = blankToNull(Normalize.compact(query.idNumber()));
		String phone = blankToNull(query.phone());
		String tag = blankToNull(query.tag());
		return PeopleCriteria.within(caller.scope(), region(query.region()))
			.nameContains(blankToNull(Normalize.text(query.q())), regions::streetCodes)
			.documentHashIn(number == null ? null : identifiers.documentHashes(number.toUpperCase(Locale.ROOT)))
			.phoneHash(phone == null ? null : identifiers.phoneHash(phone(phone)))
			.tag(tag == null ? null : input.tag(tag, "tag"));
	}

	static PersonView view(StoredPerson p) {
		PersonData d = p.data();
		return new PersonView(p.id(), d.name(), d.documentType(), Masking.idNumber(d.idNumber()),
				Masking.phone(d.phone()), d.sex(), d.birthDate(), d.ethnicity(), d.education(), d.employment(),
				d.politicalStatus(), d.registeredResidence(), d.actualResidence(), d.relationToHead(), d.tags(),
				d.notes(), d.gridCode(), d.buildingCode(), p.createdAt(), p.updatedAt(), p.version());
	}

	static void requireStaff(Caller caller) {
		if (!caller.role().isStaff()) {
			throw new NotPermittedException();
		}
	}

	private static String phone(String raw) {
		try {
			return PhoneNumber.parse(raw).value();
		}
		catch (InvalidInputException e) {
			throw InvalidInputException.of("phone", e.errors().get(0).messageKey());
		}
	}

	static String region(String raw) {
		String code = blankToNull(Normalize.compact(raw));
		if (code != null && RegionLevel.ofCode(code).isEmpty()) {
			throw InvalidInputException.of("region", "registry.person.region-format", code);
		}
		return code;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
