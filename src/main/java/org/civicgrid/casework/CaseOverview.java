package org.civicgrid.casework;

import java.time.LocalDate;
import java.util.Map;

import org.civicgrid.shared.Caller;

/**
 * The closed loop at a glance for one caller, as a home page shows it: each count lies within what the caller sees
 * (their region scope, a handler's department, a resident's own reports) and uses the one colour rule of the board.
 */
public interface CaseOverview {

	/**
	 * The open cases waiting for the caller (the ones 我的任务 lists: the caller may do something to them now),
	 * counted by colour, with the {@code pressing} ones whose deadline comes first.
	 */
	TaskSummary tasks(Caller caller, int pressing);

	/** How many cases stand in each status and how many open ones in each colour, as the dispatcher's board counts. */
	CaseCounts counts(Caller caller);

	/** The caller's own reports by the step the public reads (every step present, zero included). */
	Map<PublicStep, Long> reportsByStep(Caller caller);

	/**
	 * The indicators of the caller's region over the cases reported from {@code from} to {@code to} (days in the
	 * calendar's zone, inclusive): the totals of {@code GET /api/v1/cases/indicators} and its groups one level down.
	 *
	 * @throws org.civicgrid.shared.NotPermittedException when the caller is not staff
	 */
	IndicatorHeadline headline(Caller caller, LocalDate from, LocalDate to);
}
