package org.civicgrid.registry.internal;

import java.time.LocalDate;
import java.util.List;

import org.civicgrid.registry.DocumentType;
import org.civicgrid.registry.NewPerson;
import org.civicgrid.registry.Sex;

/**
 * A person's fields in canonical form, identifiers in clear: what {@link PersonInput} accepts and what
 * {@link StoredPeople} seals. Never leaves the module; {@link #toString()} masks the identifiers.
 */
record PersonData(String name, DocumentType documentType, String idNumber, String phone, Sex sex,
		LocalDate birthDate, String ethnicity, String education, String employment, String politicalStatus,
		String registeredResidence, String actualResidence, String relationToHead, List<String> tags, String notes,
		String gridCode, String buildingCode) {

	/** The same fields as typed input, to merge a change into. */
	NewPerson asInput() {
		return new NewPerson(name, documentType, idNumber, phone, sex, birthDate, ethnicity, education, employment,
				politicalStatus, registeredResidence, actualResidence, relationToHead, tags, notes, gridCode,
				buildingCode);
	}

	@Override
	public String toString() {
		return "PersonData[name=" + name + ", grid=" + gridCode + "]";
	}
}
