package org.civicgrid.casework.web;

import java.util.Map;

import org.civicgrid.casework.CaseCounts;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Colour;
import org.civicgrid.casework.internal.BoardService;
import org.civicgrid.casework.internal.CaseQuery;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;

/**
 * What the dispatcher's board shows: how many cases stand in each status and colour and a page of the open cases
 * the search form asks for, in the order asked for.
 */
record CaseBoard(Map<CaseStatus, Long> byStatus, Map<Colour, Long> byColour, Paged<CaseView> open) {

	static final int PAGE_SIZE = 20;

	/** From the board's own indexed queries (the counts) and the search of open cases (the table). */
	static CaseBoard of(BoardService boards, Caller caller, CaseQuery query, PageRequest page) {
		CaseCounts counts = boards.counts(caller);
		return new CaseBoard(counts.byStatus(), counts.byColour(), boards.open(caller, query, page));
	}
}
