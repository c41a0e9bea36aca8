package org.civicgrid.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.Department;
import org.civicgrid.casework.DepartmentDirectory;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments (职能部门) cases go to. A department handler's unit is their department: they see and act on
 * what is dispatched to it ({@link CaseVisibility}); a dispatch to a department names a known one serving the
 * case's region.
 */
@Service
@Transactional
class DepartmentService implements DepartmentDirectory {

	private static final String CODE_FORM = "[A-Z][A-Z0-9_-]{1,31}";

	private final DepartmentTable table;

	DepartmentService(DepartmentTable table) {
		this.table = table;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Department> list(Caller caller) {
		if (!caller.role().isStaff()) {
			throw new NotPermittedException();
		}
		return table.all();
	}

	@Override
	public Department create(Caller caller, Department department) {
		caller.requireRole(Role.ADMIN);
		Department d = checked(department.code(), department);
		if (table.find(d.code()).isPresent()) {
			throw new ConflictException("casework.department.exists", d.code());
		}
		table.insert(d);
		return table.find(d.code()).orElseThrow();
	}

	@Override
	public Department update(Caller caller, String code, Department department) {
		caller.requireRole(Role.ADMIN);
		table.find(code).orElseThrow(() -> new NotFoundException("casework.department.not-found", code));
		Department d = checked(code, department);
		table.update(d);
		return table.find(code).orElseThrow();
	}

	@Override
	public void attachHandler(String username, String departmentCode) {
		table.attachIfUnattached(username, departmentCode);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> nameOf(String code) {
		return code == null ? Optional.empty() : table.find(code).map(Department::name);
	}

	/** The unit a caller works in: a handler's department, else their region code. */
	@Transactional(readOnly = true)
	String unitOf(Caller caller) {
		if (caller.hasRole(Role.DEPARTMENT_HANDLER)) {
			return table.departmentOf(caller.username()).orElse(caller.regionCode());
		}
		return caller.regionCode();
	}

	/** A dispatch, reassignment or escalation to a department names a known one that serves the case's grid. */
	@Transactional(readOnly = true)
	void checkAssignee(Assignee to, String gridCode) {
		if (to == null || to.level() != AssigneeLevel.DEPARTMENT) {
			return;
		}
		Department d = table.find(to.unitCode()).orElseThrow(() -> new InvalidInputException(
				List.of(FieldProblem.of("assigneeUnit", "casework.input.department-unknown", to.unitCode()))));
		if (d.regionCode() != null && !gridCode.startsWith(d.regionCode())) {
			throw new InvalidInputException(List.of(FieldProblem.of("assigneeUnit",
					"casework.input.department-elsewhere", d.name(), gridCode)));
		}
		if (to.isPerson() && !d.handlers().contains(to.username())) {
			throw new InvalidInputException(List.of(FieldProblem.of("assigneeUser",
					"casework.input.department-handler-unknown", to.username(), d.name())));
		}
	}

	private Department checked(String code, Department department) {
		List<FieldProblem> problems = new ArrayList<>();
		String c = code == null ? "" : code.strip();
		if (!c.matches(CODE_FORM)) {
			problems.add(FieldProblem.of("code", "casework.department.code-format", c));
		}
		String name = department.name() == null ? "" : department.name().strip();
		if (name.isEmpty() || name.length() > 50) {
			problems.add(FieldProblem.of("name", "casework.department.name-required"));
		}
		else if (table.nameTakenByOther(name, c)) {
			problems.add(FieldProblem.of("name", "casework.department.name-taken", name));
		}
		String region = department.regionCode() == null || department.regionCode().isBlank() ? null
				: department.regionCode().strip();
		if (region != null && !region.matches("\\d{6}|\\d{9}|\\d{12}|\\d{15}")) {
			problems.add(FieldProblem.of("regionCode", "casework.department.region-format", region));
		}
		List<String> handlers = department.handlers().stream().filter(h -> h != null && !h.isBlank())
			.map(String::strip).distinct().toList();
		for (int i = 0; i < handlers.size(); i++) {
			if (handlers.get(i).length() > 64) {
				problems.add(FieldProblem.of("handlers[" + i + "]", "casework.category.too-long", 64));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Department(c, name, region, handlers);
	}
}
