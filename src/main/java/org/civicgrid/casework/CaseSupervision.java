package org.civicgrid.casework;

import org.civicgrid.shared.Caller;

/**
 * The supervision board (督办): the cases in the caller's scope that are overdue (red) or close to their limit
 * (yellow), most overdue first, with counts and the cards already issued. For supervisors, leaders and the street's
 * dispatchers; everyone else is refused with 403 {@code forbidden}.
 */
public interface CaseSupervision {

	SupervisionBoard board(Caller caller);
}
