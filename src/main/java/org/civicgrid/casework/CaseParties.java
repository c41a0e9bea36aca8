package org.civicgrid.casework;

import java.util.List;
import java.util.Set;

import org.civicgrid.shared.Role;

/**
 * Who a case concerns now, for modules that tell people about it (the inbox, later SMS and WeCom): the reporter,
 * whoever the case is assigned to and the street's dispatch desk that files and dispatches it.
 *
 * @param reporterAccountId the reporter's account; absent for reports that came in without one
 * @param assignee who answers for the case now; absent before dispatch and after a return
 * @param desk the dispatchers (派遣员) of the case's street
 * @param checkers the supervisors (督查) who may check the handling: those of the grid and of every region that holds
 *     it, one party per region, the grid's own first
 * @param survivorNumber the number of the case a merged duplicate now follows
 * @param actor the username of whoever took the step ({@code system} for the timers), so nobody is told of what
 *     they did themselves
 */
public record CaseParties(CaseId id, String number, CaseStatus status, String gridCode, Long reporterAccountId,
		String reporterUsername, Party assignee, Party desk, List<Party> checkers, String survivorNumber,
		String actor) {

	public CaseParties {
		checkers = checkers == null ? List.of() : List.copyOf(checkers);
	}

	/**
	 * A person ({@code username}) or every account of a unit ({@code unitCode}, a region or department code)
	 * that holds one of {@code roles}: the same people {@link CaseAction} rules let act for the unit.
	 */
	public record Party(String username, String unitCode, Set<Role> roles) {

		public Party {
			roles = Set.copyOf(roles);
		}

		public boolean isPerson() {
			return username != null;
		}
	}
}
