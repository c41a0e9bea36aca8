package org.civicgrid.registry;

import org.civicgrid.shared.masking.Masking;

/** An organisation's contact phone in clear, for a caller allowed to see it; every reveal is audited. */
public record RevealedContact(long organisationId, String contactPhone) {

	@Override
	public String toString() {
		return "RevealedContact[organisationId=" + organisationId + ", contactPhone=" + Masking.phone(contactPhone)
				+ "]";
	}
}
