package org.civicgrid.casework;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.civicgrid.casework.internal.CaseService;

/**
 * One case with its whole trace, oldest step first; the summary's fields appear at the top level in JSON.
 * {@code reporterContact} is masked ({@code 138****5678}; in clear only through
 * {@link CaseService#revealReporterContact}), {@code possibleDuplicates} are open cases like it nearby (shown to
 * staff only), {@code mergedReports} the duplicates merged into it.
 */
public record CaseDetail(@JsonUnwrapped CaseView summary, String reporterContact, String ratingComment,
		List<HistoryView> history, List<PossibleDuplicate> possibleDuplicates, List<MergedReport> mergedReports) {

	public CaseDetail {
		possibleDuplicates = possibleDuplicates == null ? List.of() : List.copyOf(possibleDuplicates);
		mergedReports = mergedReports == null ? List.of() : List.copyOf(mergedReports);
	}

	public CaseDetail(CaseView summary, String reporterContact, String ratingComment, List<HistoryView> history) {
		this(summary, reporterContact, ratingComment, history, List.of(), List.of());
	}

	public CaseDetail withDuplicates(List<PossibleDuplicate> duplicates, List<MergedReport> merged) {
		return new CaseDetail(summary, reporterContact, ratingComment, history, duplicates, merged);
	}

	/** A report merged into this case as a duplicate; its reporter follows this case. */
	public record MergedReport(long id, String number) {
	}
}
