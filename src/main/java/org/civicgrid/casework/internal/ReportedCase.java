package org.civicgrid.casework.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.PossibleDuplicate;

/**
 * The answer to a report: the new case, and the open cases it may duplicate (重复上报, offered to staff only; empty
 * otherwise), found in the report's own transaction.
 */
public record ReportedCase(@JsonUnwrapped CaseView summary, List<PossibleDuplicate> possibleDuplicates) {

	public ReportedCase {
		possibleDuplicates = possibleDuplicates == null ? List.of() : List.copyOf(possibleDuplicates);
	}
}
