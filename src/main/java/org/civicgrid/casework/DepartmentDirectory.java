package org.civicgrid.casework;

import java.util.List;
import java.util.Optional;

import org.civicgrid.shared.Caller;

/** The departments cases are dispatched to, and who handles cases for each. */
public interface DepartmentDirectory {

	/** Every department, by code; staff only. */
	List<Department> list(Caller caller);

	/** The department's name (城管执法局 for {@code CGZF}); names are public, so no caller is needed. */
	Optional<String> nameOf(String code);

	/** Admins only; 409 when the code is taken, 422 naming every wrong field. */
	Department create(Caller caller, Department department);

	/** Admins only: name, region and handlers replaced. */
	Department update(Caller caller, String code, Department department);

	/** Attaches a handler account to a department unless already attached (the demo's {@code handler} to 城管). */
	void attachHandler(String username, String departmentCode);
}
