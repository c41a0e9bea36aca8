package org.civicgrid.casework.internal;

import java.util.Map;

import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;

/**
 * Who sees which cases: staff the cases whose grid lies in their region scope; residents and volunteers the cases
 * they reported; department handlers the cases assigned to their unit at department or district level (as
 * {@link CaseActionPolicy} lets them act on exactly those, wherever the grid lies).
 */
final class CaseVisibility {

	private CaseVisibility() {
	}

	static boolean sees(Caller caller, StoredCase stored) {
		return sees(caller, caller.regionCode(), stored);
	}

	/** {@code unit}: the caller's unit, a department handler's department ({@link DepartmentService#unitOf}). */
	static boolean sees(Caller caller, String unit, StoredCase stored) {
		CaseFile file = stored.file();
		if (!caller.role().isStaff()) {
			return Long.valueOf(caller.accountId()).equals(stored.intake().reporterAccountId());
		}
		if (caller.hasRole(Role.DEPARTMENT_HANDLER)) {
			return file.assignee() != null && file.assignee().unitCode().equals(unit)
					&& file.assignee().level().compareTo(AssigneeLevel.DEPARTMENT) >= 0;
		}
		return caller.scope().covers(file.gridCode());
	}

	/** Throws 403 {@code out-of-scope} unless the caller sees the case. */
	static void require(Caller caller, StoredCase stored) {
		require(caller, caller.regionCode(), stored);
	}

	static void require(Caller caller, String unit, StoredCase stored) {
		if (!sees(caller, unit, stored)) {
			throw new CaseOutOfReachException(stored.file().id().value());
		}
	}

	/** The same rule as a SQL condition on event_case, with its parameters. */
	static Map.Entry<String, Map<String, Object>> where(Caller caller) {
		return where(caller, caller.regionCode());
	}

	/** The cases the caller reported themselves, staff or not, as a SQL condition on event_case. */
	static Map.Entry<String, Map<String, Object>> reportedBy(Caller caller) {
		return Map.entry("reporter_account_id = :me", Map.of("me", caller.accountId()));
	}

	static Map.Entry<String, Map<String, Object>> where(Caller caller, String unit) {
		if (!caller.role().isStaff()) {
			return reportedBy(caller);
		}
		if (caller.hasRole(Role.DEPARTMENT_HANDLER)) {
			return Map.entry("assignee_unit = :unit and assignee_level in ('DEPARTMENT', 'DISTRICT')",
					Map.of("unit", String.valueOf(unit)));
		}
		return Map.entry("grid_code like :scope", Map.of("scope", caller.scope().likePattern()));
	}
}
