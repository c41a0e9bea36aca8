package org.civicgrid.casework.web;

import org.civicgrid.casework.Channel;
import org.civicgrid.casework.NewCaseReport;

/** The report form's fields as posted; blank fields count as absent. */
record ReportForm(String categoryCode, String description, Double lat, Double lng, String address, String contact) {

	static ReportForm empty() {
		return new ReportForm(null, null, null, null, null, null);
	}

	NewCaseReport toReport(Channel channel) {
		NewCaseReport.Location location = lat == null && lng == null ? null
				: new NewCaseReport.Location(lat, lng, null);
		return new NewCaseReport(blankToNull(categoryCode), blankToNull(description), location, blankToNull(address),
				blankToNull(contact), channel);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
