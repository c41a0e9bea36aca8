package org.civicgrid.registry;

import org.civicgrid.shared.masking.Masking;

/**
 * An organisation or enterprise (组织/企业) as typed, keyed by its unified social credit code (GB 32100). The
 * contact phone is kept encrypted like a person's phone.
 */
public record NewOrganisation(String creditCode, String name, String type, String legalRepresentative,
		String contactPhone, Integer employees, String address, String gridCode) {

	@Override
	public String toString() {
		return "NewOrganisation[creditCode=" + creditCode + ", name=" + name + ", contactPhone="
				+ Masking.phone(contactPhone) + ", gridCode=" + gridCode + "]";
	}
}
