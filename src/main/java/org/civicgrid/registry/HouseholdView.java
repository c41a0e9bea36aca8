package org.civicgrid.registry;

import java.util.List;

/** A household with its house (null when none) and its members, the head first; ID numbers masked. */
public record HouseholdView(long id, String number, String gridCode, HouseView house, String address,
		Long headPersonId, List<Member> members, int version) {

	/** One member as staff see them. */
	public record Member(long personId, String name, String relation, String idNumber) {
	}
}
