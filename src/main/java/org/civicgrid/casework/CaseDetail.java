package org.civicgrid.casework;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** One case with its whole trace, oldest step first; the summary's fields appear at the top level in JSON. */
public record CaseDetail(@JsonUnwrapped CaseView summary, String reporterContact, String ratingComment,
		List<HistoryView> history) {
}
