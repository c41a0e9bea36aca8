package org.civicgrid.casework.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.CaseParticipants;
import org.civicgrid.casework.CaseParties;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a case concerns, by the rules that let people act on it: the assignee as {@link CaseActionPolicy} sees
 * them (a person, or the unit's staff in the role answering at its level) and the street's dispatchers.
 */
@Service
@Transactional(readOnly = true)
class CaseParticipantsReader implements CaseParticipants {

	private final Cases cases;

	CaseParticipantsReader(Cases cases) {
		this.cases = cases;
	}

	@Override
	public Optional<CaseParties> parties(CaseId id) {
		return WrittenCases.find(id).or(() -> cases.find(id)).map(stored -> {
			CaseFile file = stored.file();
			String survivor = file.mergedInto() == null ? null
					: cases.find(file.mergedInto()).map(s -> s.file().number()).orElse(null);
			return new CaseParties(file.id(), file.number(), file.status(), file.gridCode(),
					stored.intake().reporterAccountId(), file.reporter(),
					file.assignee() == null ? null : answering(file.assignee()), desk(file.gridCode()), survivor);
		});
	}

	@Override
	public CaseParties.Party answering(Assignee assignee) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(Set.of(CaseActionPolicy.rolesAt(assignee.level())));
		return new CaseParties.Party(assignee.username(), assignee.unitCode(), roles);
	}

	private static CaseParties.Party desk(String gridCode) {
		String street = RegionCode.of(gridCode).at(RegionLevel.STREET).value();
		return new CaseParties.Party(null, street, Set.of(Role.STREET_STAFF));
	}
}
