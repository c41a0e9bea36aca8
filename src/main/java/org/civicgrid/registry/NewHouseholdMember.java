package org.civicgrid.registry;

import org.civicgrid.shared.masking.Masking;

/**
 * A member of a household, found by {@code personId} or, as an import sheet names them, by ID number; the
 * {@code relation} to the head (户主, 配偶, 子女, 父母…). The head's relation is 户主.
 */
public record NewHouseholdMember(Long personId, String idNumber, String relation) {

	@Override
	public String toString() {
		return "NewHouseholdMember[personId=" + personId + ", idNumber=" + Masking.idNumber(idNumber) + ", relation="
				+ relation + "]";
	}
}
