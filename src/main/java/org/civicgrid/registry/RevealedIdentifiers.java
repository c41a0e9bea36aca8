package org.civicgrid.registry;

/** A person's identifiers in clear, for a caller allowed to see them; every reveal is audited. */
public record RevealedIdentifiers(long personId, DocumentType documentType, String idNumber, String phone) {

	/** Masked, so that a log line never shows the numbers whole. */
	@Override
	public String toString() {
		return "RevealedIdentifiers[personId=" + personId + ", idNumber="
				+ org.civicgrid.shared.masking.Masking.idNumber(idNumber) + ", phone="
				+ org.civicgrid.shared.masking.Masking.phone(phone) + "]";
	}
}
