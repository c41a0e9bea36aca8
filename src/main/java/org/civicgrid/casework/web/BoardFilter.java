package org.civicgrid.casework.web;

import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.Colour;
import org.civicgrid.casework.internal.CaseQuery;

/**
 * The board's search form: the number or words of the description or address, a status (of the open ones), a
 * colour, a category and a grid prefix; blank fields are no filter.
 */
record BoardFilter(String text, CaseStatus status, Colour colour, String category, String grid) {

	CaseQuery query() {
		return new CaseQuery(status, colour, blankToNull(category), blankToNull(grid), null, null, null,
				blankToNull(text));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
