package org.civicgrid.casework.internal;

import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Channel;
import org.civicgrid.casework.NewCaseReport;
import org.civicgrid.casework.RelayedCases;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotPermittedException;
import org.springframework.stereotype.Service;

/** {@link RelayedCases} through {@link CaseService}'s own reporting, with the resident as the reporter. */
@Service
class RelayedCaseService implements RelayedCases {

	private final CaseService cases;

	RelayedCaseService(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public CaseView fileFor(Caller staff, NewCaseReport report, Long reporterAccountId, String reporterUsername) {
		if (!staff.role().isStaff()) {
			throw new NotPermittedException();
		}
		NewCaseReport relayed = new NewCaseReport(report.categoryCode(), report.description(), report.location(),
				report.address(), null, Channel.GROUP_MESSAGE, false, null);
		if (reporterAccountId == null || reporterUsername == null) {
			return cases.report(staff, relayed).summary();
		}
		return cases.reportFor(staff, relayed, reporterAccountId, reporterUsername).summary();
	}
}
