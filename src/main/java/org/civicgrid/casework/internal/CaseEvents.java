package org.civicgrid.casework.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.CaseEvent;
import org.civicgrid.casework.CaseParties;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the steps a stored case took, each with who the case concerns now, by the rules that let people act on
 * it: the assignee as {@link CaseActionPolicy} sees them (a person, or the unit's staff in the role answering at its
 * level), the reporter, the street's dispatchers, the supervisors who may check it, and who took the step. Listeners in the step's transaction (the inbox) read all they
 * need from the event and never call back into casework.
 */
@Component
class CaseEvents {

	private final ApplicationEventPublisher publisher;
	private final Cases cases;

	CaseEvents(ApplicationEventPublisher publisher, Cases cases) {
		this.publisher = publisher;
		this.cases = cases;
	}

	/** Publishes and forgets the file's events; nothing when it registered none. */
	void publish(StoredCase stored) {
		CaseFile file = stored.file();
		List<CaseEvent> events = file.domainEvents();
		file.clearEvents();
		if (events.isEmpty()) {
			return;
		}
		CaseParties parties = parties(stored);
		events.forEach(event -> publisher.publishEvent(event.withParties(parties)));
	}

	private CaseParties parties(StoredCase stored) {
		CaseFile file = stored.file();
		String survivor = file.mergedInto() == null ? null
				: cases.find(file.mergedInto()).map(s -> s.file().number()).orElse(null);
		return new CaseParties(file.id(), file.number(), file.status(), file.gridCode(),
				stored.intake().reporterAccountId(), file.reporter(),
				file.assignee() == null ? null : answering(file.assignee()), desk(file.gridCode()),
				checkers(file.gridCode()), survivor, file.lastActor());
	}

	/**
	 * Who may check the handling ({@link CaseActionPolicy}'s supervisors): supervisors whose scope covers the grid,
	 * that is, working at the grid or at any region above it.
	 */
	private static List<CaseParties.Party> checkers(String gridCode) {
		List<CaseParties.Party> checkers = new ArrayList<>();
		for (Optional<RegionCode> code = Optional.of(RegionCode.of(gridCode)); code.isPresent();
				code = code.get().parent()) {
			checkers.add(new CaseParties.Party(null, code.get().value(), Set.of(Role.SUPERVISOR)));
		}
		return checkers;
	}

	static CaseParties.Party answering(Assignee assignee) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(Set.of(CaseActionPolicy.rolesAt(assignee.level())));
		return new CaseParties.Party(assignee.username(), assignee.unitCode(), roles);
	}

	private static CaseParties.Party desk(String gridCode) {
		String street = RegionCode.of(gridCode).at(RegionLevel.STREET).value();
		return new CaseParties.Party(null, street, Set.of(Role.STREET_STAFF));
	}
}
