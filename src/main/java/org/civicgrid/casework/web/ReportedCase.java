package org.civicgrid.casework.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.PossibleDuplicate;

/** The answer to a report: the new case, and the open cases it may duplicate (staff only; empty otherwise). */
record ReportedCase(@JsonUnwrapped CaseView summary, List<PossibleDuplicate> possibleDuplicates) {
}
