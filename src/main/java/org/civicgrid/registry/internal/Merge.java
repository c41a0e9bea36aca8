package org.civicgrid.registry.internal;

import org.civicgrid.registry.NewPerson;
import org.civicgrid.registry.PersonChange;

/** A person's current fields with a partial change laid over them: null keeps a field, blank clears it. */
final class Merge {

	private Merge() {
	}

	static NewPerson apply(NewPerson current, PersonChange c) {
		boolean clearsDocument = c.idNumber() != null && c.idNumber().isBlank() && c.documentType() == null;
		return new NewPerson(pick(c.name(), current.name()),
				clearsDocument ? null : pick(c.documentType(), current.documentType()),
				pick(c.idNumber(), current.idNumber()), pick(c.phone(), current.phone()), pick(c.sex(), current.sex()),
				pick(c.birthDate(), current.birthDate()), pick(c.ethnicity(), current.ethnicity()),
				pick(c.education(), current.education()), pick(c.employment(), current.employment()),
				pick(c.politicalStatus(), current.politicalStatus()),
				pick(c.registeredResidence(), current.registeredResidence()),
				pick(c.actualResidence(), current.actualResidence()),
				pick(c.relationToHead(), current.relationToHead()), pick(c.tags(), current.tags()),
				pick(c.notes(), current.notes()), pick(c.gridCode(), current.gridCode()),
				pick(c.buildingCode(), current.buildingCode()));
	}

	private static <T> T pick(T change, T current) {
		return change != null ? change : current;
	}
}
