package org.civicgrid.casework.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.Category;
import org.civicgrid.casework.Department;
import org.civicgrid.identity.AccountDirectory;
import org.civicgrid.identity.StaffAccount;
import org.civicgrid.region.RegionDetail;
import org.civicgrid.region.RegionSummary;
import org.civicgrid.region.Regions;
import org.civicgrid.region.StaffDuty;
import org.civicgrid.region.StaffMember;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.OutOfScopeException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignee picker's data ({@link AssigneeOptions}): staff who see the case get the units that may take it and
 * the people there, bounded by their own scope. A region unit must hold the case's grid ({@link RequiredInput}),
 * so the regions offered are the grid and the community, street and district above it that the caller's scope
 * covers; people are the enabled accounts working there in the roles that answer at that level
 * ({@link CaseActionPolicy#rolesAt}). Departments are no region: those serving the grid are offered with their
 * handlers, as the department list is open to all staff. An escalation offers only levels above the current one.
 */
@Service
@Transactional(readOnly = true)
public class AssigneeChoices {

	private static final Set<CaseAction> PICKING = Set.of(CaseAction.DISPATCH, CaseAction.REASSIGN,
			CaseAction.ESCALATE);

	private final Cases cases;
	private final DepartmentService departments;
	private final DepartmentTable departmentTable;
	private final Regions regions;
	private final AccountDirectory accounts;
	private final EscalationPolicy escalation;
	private final Catalog catalog;

	AssigneeChoices(Cases cases, DepartmentService departments, DepartmentTable departmentTable, Regions regions,
			AccountDirectory accounts, EscalationPolicy escalation, Catalog catalog) {
		this.cases = cases;
		this.departments = departments;
		this.departmentTable = departmentTable;
		this.regions = regions;
		this.accounts = accounts;
		this.escalation = escalation;
		this.catalog = catalog;
	}

	/**
	 * 403 {@code forbidden} for residents and volunteers, 403 {@code out-of-scope} for staff who do not see the case,
	 * 404 for an unknown case, 400 on {@code action} for an action that names no assignee.
	 */
	public AssigneeOptions of(Caller caller, long id, CaseAction action) {
		if (!caller.role().isStaff()) {
			throw new NotPermittedException();
		}
		if (!PICKING.contains(action)) {
			throw InvalidInputException.of("action", "casework.assignees.action", action.wire());
		}
		StoredCase stored = (id <= 0 ? Optional.<StoredCase>empty() : cases.find(new CaseId(id)))
			.orElseThrow(() -> new NotFoundException("casework.not-found", String.valueOf(id)));
		CaseVisibility.require(caller, departments.unitOf(caller), stored);
		CaseFile file = stored.file();
		AssigneeLevel current = file.assignee() == null ? AssigneeLevel.GRID : file.assignee().level();
		List<AssigneeOptions.Unit> units = new ArrayList<>();
		units.addAll(regionUnits(caller, file.gridCode()));
		units.addAll(departmentUnits(file.gridCode()));
		if (action == CaseAction.ESCALATE) {
			units.removeIf(u -> !u.level().isAbove(current));
		}
		units.sort(Comparator.comparing(AssigneeOptions.Unit::level));
		String cardWorker = cardWorker(caller, file.gridCode());
		Assignee rule = action == CaseAction.ESCALATE ? escalation.escalate(file, responsibleUnit(file)).orElse(null)
				: null;
		return new AssigneeOptions(id, action.wire(), preselected(action, file, units, cardWorker), rule == null ? null
				: named(rule, units), units);
	}

	/** The grid, community, street and district holding the case's grid that the caller's scope covers. */
	private List<AssigneeOptions.Unit> regionUnits(Caller caller, String gridCode) {
		Map<String, RegionSummary> chain = new LinkedHashMap<>();
		try {
			RegionDetail grid = regions.detail(caller.scope(), RegionCode.of(gridCode));
			grid.ancestors().forEach(a -> chain.put(a.code(), a));
			chain.put(grid.code(), new RegionSummary(grid.code(), grid.name(), grid.level()));
		}
		catch (OutOfScopeException | NotFoundException e) {
			return List.of(); // a department handler from elsewhere: no region of the case is theirs to name
		}
		chain.keySet().removeIf(code -> !caller.scope().covers(code));
		Map<String, List<AssigneeOptions.Person>> people = new LinkedHashMap<>();
		for (StaffAccount a : accounts.staffAt(chain.keySet())) {
			people.computeIfAbsent(a.unitCode(), k -> new ArrayList<>()).add(person(a));
		}
		List<AssigneeOptions.Unit> units = new ArrayList<>();
		for (RegionSummary region : chain.values()) {
			Optional<AssigneeLevel> level = AssigneeLevel.of(RegionCode.of(region.code()));
			level.ifPresent(l -> units.add(new AssigneeOptions.Unit(l, region.code(), region.name(),
					answering(l, people.getOrDefault(region.code(), List.of())))));
		}
		return units;
	}

	/** The departments serving the grid (all regions, or one holding it), each with its handlers. */
	private List<AssigneeOptions.Unit> departmentUnits(String gridCode) {
		List<Department> serving = departmentTable.all().stream()
			.filter(d -> d.regionCode() == null || gridCode.startsWith(d.regionCode()))
			.toList();
		Map<String, AssigneeOptions.Person> handlers = new LinkedHashMap<>();
		accounts.staffNamed(serving.stream().flatMap(d -> d.handlers().stream()).distinct().toList())
			.stream()
			.filter(a -> a.role() == Role.DEPARTMENT_HANDLER)
			.forEach(a -> handlers.put(a.username(), person(a)));
		return serving.stream()
			.map(d -> new AssigneeOptions.Unit(AssigneeLevel.DEPARTMENT, d.code(), d.name(),
					d.handlers().stream().map(handlers::get).filter(Objects::nonNull).toList()))
			.toList();
	}

	/** The people of a unit in the roles that answer at its level, in the order of those roles, then by username. */
	private static List<AssigneeOptions.Person> answering(AssigneeLevel level, List<AssigneeOptions.Person> people) {
		List<Role> roles = List.of(CaseActionPolicy.rolesAt(level));
		return people.stream()
			.filter(p -> roles.contains(p.role()))
			.sorted(Comparator.comparing((AssigneeOptions.Person p) -> roles.indexOf(p.role()))
				.thenComparing(AssigneeOptions.Person::username))
			.toList();
	}

	/** The name of the grid worker on the grid's contact card (一长三员), if the caller sees the card and it has one. */
	private String cardWorker(Caller caller, String gridCode) {
		try {
			return regions.staff(caller.scope(), RegionCode.of(gridCode)).stream()
				.filter(s -> s.duty() == StaffDuty.GRID_WORKER)
				.map(StaffMember::name)
				.findFirst()
				.orElse(null);
		}
		catch (OutOfScopeException | NotFoundException e) {
			return null;
		}
	}

	/**
	 * A dispatch or reassignment starts on the case's grid and its grid worker: the account named as on the grid's
	 * contact card, else the first grid worker there (a reassignment only when that is not whom it already has). An
	 * escalation starts on the rule's next level, which an empty unit asks for.
	 */
	private static AssigneeOptions.Choice preselected(CaseAction action, CaseFile file,
			List<AssigneeOptions.Unit> units, String cardWorker) {
		if (action == CaseAction.ESCALATE) {
			return null;
		}
		AssigneeOptions.Unit grid = units.stream()
			.filter(u -> u.level() == AssigneeLevel.GRID && u.code().equals(file.gridCode()))
			.findFirst()
			.orElse(null);
		if (grid == null) {
			return null;
		}
		List<AssigneeOptions.Person> workers = grid.people().stream().filter(p -> p.role() == Role.GRID_WORKER).toList();
		String worker = workers.stream()
			.filter(p -> p.displayName().equals(cardWorker))
			.findFirst()
			.or(() -> workers.stream().findFirst())
			.map(AssigneeOptions.Person::username)
			.orElse(null);
		AssigneeOptions.Choice choice = new AssigneeOptions.Choice(AssigneeLevel.GRID, grid.code(), worker);
		if (action == CaseAction.REASSIGN
				&& new Assignee(choice.level(), choice.unit(), choice.user()).equals(file.assignee())) {
			return null;
		}
		return choice;
	}

	/** Where the escalation rule sends the case, with the unit's name when the caller has it among the units. */
	private AssigneeOptions.Unit named(Assignee to, List<AssigneeOptions.Unit> units) {
		String name = units.stream()
			.filter(u -> u.code().equals(to.unitCode()))
			.map(AssigneeOptions.Unit::name)
			.findFirst()
			.or(() -> to.level() == AssigneeLevel.DEPARTMENT ? departments.nameOf(to.unitCode()) : Optional.empty())
			.orElse(null);
		return new AssigneeOptions.Unit(to.level(), to.unitCode(), name, List.of());
	}

	private String responsibleUnit(CaseFile file) {
		return catalog.find(file.categoryCode()).map(Category::responsibleUnit).orElse(null);
	}

	private static AssigneeOptions.Person person(StaffAccount a) {
		return new AssigneeOptions.Person(a.username(), a.displayName(), a.role());
	}
}
