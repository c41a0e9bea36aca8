package org.civicgrid.casework;

import org.civicgrid.shared.Caller;

/**
 * Cases that staff file for a resident whose message they act on: a post of a three-level channel forwarded up
 * level by level (逐级转发) until someone turns it into a case. The resident is linked as the reporter, so they
 * follow, hear of and rate the case as if they had reported it themselves.
 */
public interface RelayedCases {

	/**
	 * Files {@code report} as {@code staff} report a case themselves (the same checks: 422 naming
	 * {@code categoryCode} or {@code location}, 403 for a grid outside their scope), through
	 * {@link Channel#GROUP_MESSAGE}, with the resident ({@code reporterAccountId}, {@code reporterUsername}) as the
	 * reporter: the trace names them as reporting it, and they alone rate it. A message whose author has no account
	 * (null, null) is reported by the staff themselves. 403 for a caller who is not staff. Publishes
	 * {@link CaseReported}.
	 */
	CaseView fileFor(Caller staff, NewCaseReport report, Long reporterAccountId, String reporterUsername);
}
