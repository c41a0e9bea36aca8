package org.civicgrid.casework.internal;

import static org.civicgrid.casework.CaseAction.*;
import static org.civicgrid.casework.CaseStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseStatus;

/**
 * The closed loop as one table: for each status, the actions allowed and the status each leads to
 * (GB/T 30428: record → verify → file or dismiss → dispatch → handle → report back → check → close → evaluate).
 * Actions that leave the status as it is (instruct, supervise, extensions, rate) are rows too, so the table is
 * also the list of what may be done. Who may do it is {@link CaseActionPolicy}'s business, what it needs
 * {@link RequiredInput}'s.
 */
final class Workflow {

	private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> TABLE = new EnumMap<>(CaseStatus.class);

	static {
		for (CaseStatus status : CaseStatus.values()) {
			TABLE.put(status, Collections.unmodifiableMap(transitionsFrom(status)));
		}
	}

	private Workflow() {
	}

	private static Map<CaseAction, CaseStatus> transitionsFrom(CaseStatus status) {
		return switch (status) {
			case REPORTED -> row(VERIFY, VERIFIED, DISMISS, DISMISSED, MERGE, MERGED, INSTRUCT, REPORTED);
			case VERIFIED -> row(FILE, FILED, DISMISS, DISMISSED, MERGE, MERGED, INSTRUCT, VERIFIED);
			case FILED -> row(DISPATCH, DISPATCHED, DEFER, DEFERRED, MERGE, MERGED, INSTRUCT, FILED,
					SUPERVISE, FILED);
			case DISPATCHED -> row(ACCEPT, IN_PROGRESS, RETURN, FILED, REASSIGN, DISPATCHED, ESCALATE, DISPATCHED,
					REQUEST_EXTENSION, DISPATCHED, APPROVE_EXTENSION, DISPATCHED, DEFER, DEFERRED, MERGE, MERGED,
					INSTRUCT, DISPATCHED, SUPERVISE, DISPATCHED);
			case IN_PROGRESS -> row(HANDLE, HANDLED, RETURN, FILED, REASSIGN, DISPATCHED, ESCALATE, DISPATCHED,
					REQUEST_EXTENSION, IN_PROGRESS, APPROVE_EXTENSION, IN_PROGRESS, DEFER, DEFERRED,
					INSTRUCT, IN_PROGRESS, SUPERVISE, IN_PROGRESS);
			// check-pass closes; close is the dispatcher closing on the feedback where no on-site check is needed
			case HANDLED -> row(CHECK_PASS, CLOSED, CHECK_FAIL, IN_PROGRESS, CLOSE, CLOSED, INSTRUCT, HANDLED,
					SUPERVISE, HANDLED);
			// a closed case is rated once and may be spot-checked (抽查); a failed spot check reopens it as rework
			case CLOSED -> row(RATE, CLOSED, CHECK_FAIL, IN_PROGRESS);
			// dispatching a deferred case resumes it
			case DEFERRED -> row(DISPATCH, DISPATCHED, MERGE, MERGED, INSTRUCT, DEFERRED, SUPERVISE, DEFERRED);
			case DISMISSED, MERGED -> row();
		};
	}

	/** The actions allowed in {@code status}, in the order of {@link CaseAction}. */
	static Set<CaseAction> allowedActions(CaseStatus status) {
		return TABLE.get(status).keySet();
	}

	/** Where {@code action} leads from {@code status}; empty when it is not allowed there. */
	static Optional<CaseStatus> next(CaseStatus status, CaseAction action) {
		return Optional.ofNullable(TABLE.get(status).get(action));
	}

	/** Alternating action, target status. */
	private static Map<CaseAction, CaseStatus> row(Object... pairs) {
		Map<CaseAction, CaseStatus> row = new EnumMap<>(CaseAction.class);
		for (int i = 0; i < pairs.length; i += 2) {
			if (row.put((CaseAction) pairs[i], (CaseStatus) pairs[i + 1]) != null) {
				throw new IllegalStateException("Workflow lists " + pairs[i] + " twice");
			}
		}
		return row;
	}
}
