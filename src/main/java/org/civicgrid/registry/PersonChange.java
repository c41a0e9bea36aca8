package org.civicgrid.registry;

import java.time.LocalDate;
import java.util.List;

import org.civicgrid.shared.masking.Masking;

/**
 * A partial update: a null field stays as it is, an empty text clears the field, {@code tags} replaces the
 * whole list. {@code version}, when given, must be the version read, or the update is refused as a conflict.
 */
public record PersonChange(String name, DocumentType documentType, String idNumber, String phone, Sex sex,
		LocalDate birthDate, String ethnicity, String education, String employment, String politicalStatus,
		String registeredResidence, String actualResidence, String relationToHead, List<String> tags, String notes,
		String gridCode, String buildingCode, Integer version) {

	/** Masked, so that a debug log of the request body never shows the numbers whole. */
	@Override
	public String toString() {
		return "PersonChange[name=" + name + ", documentType=" + documentType + ", idNumber=" + Masking.idNumber(idNumber)
				+ ", phone=" + Masking.phone(phone) + ", gridCode=" + gridCode + ", version=" + version + "]";
	}
}
