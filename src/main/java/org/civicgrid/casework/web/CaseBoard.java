package org.civicgrid.casework.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.casework.internal.CaseBoardView;
import org.civicgrid.casework.internal.BoardService;
import org.civicgrid.casework.internal.CaseService;
import org.civicgrid.casework.internal.CaseQuery;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Colour;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;

/**
 * What the dispatcher's board shows: how many cases stand in each status and colour (totals of the facade's search)
 * and the newest open cases.
 */
record CaseBoard(Map<CaseStatus, Long> byStatus, Map<Colour, Long> byColour, List<CaseView> open) {

	private static final PageRequest COUNT = PageRequest.of(0, 1);
	private static final PageRequest NEWEST = PageRequest.of(0, 200);

	/** From the board's own indexed queries: what the page shows. */
	static CaseBoard of(BoardService boards, Caller caller) {
		CaseBoardView view = boards.board(caller, NEWEST.size());
		return new CaseBoard(view.byStatus(), view.byColour(), view.open());
	}

	static CaseBoard of(CaseService cases, Caller caller) {
		Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
		for (CaseStatus status : CaseStatus.values()) {
			byStatus.put(status, cases.search(caller, query(status, null), COUNT).total());
		}
		Map<Colour, Long> byColour = new EnumMap<>(Colour.class);
		for (Colour colour : Colour.values()) {
			byColour.put(colour, cases.search(caller, query(null, colour), COUNT).total());
		}
		List<CaseView> open = cases.search(caller, CaseQuery.all(), NEWEST).items().stream()
			.filter(view -> view.status().isOpen())
			.toList();
		return new CaseBoard(byStatus, byColour, open);
	}

	private static CaseQuery query(CaseStatus status, Colour colour) {
		return new CaseQuery(status, colour, null, null, null, null, null, null);
	}
}
