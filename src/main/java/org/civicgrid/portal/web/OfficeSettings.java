package org.civicgrid.portal.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The street office as the public landing names it: who runs CivicGrid here and how to reach them. The office hours
 * shown are the working-time calendar's ({@code civicgrid.calendar.office-hours}), the ones time limits count.
 */
@ConfigurationProperties("civicgrid.portal.office")
record OfficeSettings(String name, String address, String phone) {

	OfficeSettings {
		name = name == null ? "" : name.strip();
		address = address == null ? "" : address.strip();
		phone = phone == null ? "" : phone.strip();
	}
}
