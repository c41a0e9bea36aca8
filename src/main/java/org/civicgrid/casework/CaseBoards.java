package org.civicgrid.casework;

import org.civicgrid.shared.Caller;

/** The dispatcher's board, in three indexed queries however many cases there are. */
public interface CaseBoards {

	/** Counts by status and colour and the {@code limit} newest open cases the caller may see. */
	CaseBoardView board(Caller caller, int limit);
}
