package org.civicgrid.registry;

import java.time.LocalDate;
import java.util.List;

import org.civicgrid.shared.masking.Masking;

/**
 * A person to register, as typed. {@code idNumber} is the document number (an ID card number unless
 * {@code documentType} says otherwise); sex and birth date default to what an ID card number says.
 * Only {@code name} and {@code gridCode} are required.
 */
public record NewPerson(String name, DocumentType documentType, String idNumber, String phone, Sex sex,
		LocalDate birthDate, String ethnicity, String education, String employment, String politicalStatus,
		String registeredResidence, String actualResidence, String relationToHead, List<String> tags, String notes,
		String gridCode, String buildingCode) {

	/** Masked, so that a debug log of the request body never shows the numbers whole. */
	@Override
	public String toString() {
		return "NewPerson[name=" + name + ", documentType=" + documentType + ", idNumber=" + Masking.idNumber(idNumber)
				+ ", phone=" + Masking.phone(phone) + ", gridCode=" + gridCode + "]";
	}
}
