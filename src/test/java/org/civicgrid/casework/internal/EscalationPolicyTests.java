package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.civicgrid.casework.internal.CaseFixtures.*;

import java.util.List;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseEscalated;
import org.junit.jupiter.api.Test;

/** 小事不出网格、大事不出社区: a case climbs one level at a time unless its category says otherwise. */
class EscalationPolicyTests {

	private static final AssigneeLevel TO_GRID = AssigneeLevel.GRID;
	private static final AssigneeLevel TO_COMMUNITY = AssigneeLevel.COMMUNITY;
	private static final AssigneeLevel TO_STREET = AssigneeLevel.STREET;
	private static final AssigneeLevel TO_DEPARTMENT = AssigneeLevel.DEPARTMENT;
	private static final AssigneeLevel TO_DISTRICT = AssigneeLevel.DISTRICT;

	private final EscalationPolicy ordinary = new EscalationPolicy(List.of());

	private final EscalationPolicy emergenciesToDepartments = new EscalationPolicy(
			List.of(new EscalationOverride("E04", TO_DEPARTMENT), new EscalationOverride("E0405", TO_DISTRICT)));

	@Test
	void climbsGridCommunityStreetDepartmentDistrict() {
		assertThat(ordinary.nextLevel(TO_GRID, EXPOSED_WASTE)).contains(TO_COMMUNITY);
		assertThat(ordinary.nextLevel(TO_COMMUNITY, EXPOSED_WASTE)).contains(TO_STREET);
		assertThat(ordinary.nextLevel(TO_STREET, EXPOSED_WASTE)).contains(TO_DEPARTMENT);
		assertThat(ordinary.nextLevel(TO_DEPARTMENT, EXPOSED_WASTE)).contains(TO_DISTRICT);
		assertThat(ordinary.nextLevel(TO_DISTRICT, EXPOSED_WASTE)).isEmpty();
	}

	@Test
	void someCategoriesGoStraightToTheDepartment() {
		assertThat(emergenciesToDepartments.nextLevel(TO_GRID, "E0401")).contains(TO_DEPARTMENT);
		assertThat(emergenciesToDepartments.nextLevel(TO_COMMUNITY, "E0403")).contains(TO_DEPARTMENT);
		assertThat(emergenciesToDepartments.nextLevel(TO_GRID, EXPOSED_WASTE)).as("other categories climb")
			.contains(TO_COMMUNITY);
	}

	@Test
	void theLongestMatchingPrefixWins() {
		assertThat(emergenciesToDepartments.nextLevel(TO_GRID, "E0405")).contains(TO_DISTRICT);
	}

	@Test
	void anOverrideNeverSendsACaseDown() {
		assertThat(emergenciesToDepartments.nextLevel(TO_DEPARTMENT, "E0401")).contains(TO_DISTRICT);
	}

	@Test
	void namesTheUnitTheCaseGridLiesIn() {
		CaseFile file = anAcceptedCaseIn(GRID);

		Assignee community = ordinary.escalate(file, CITY_MANAGEMENT).orElseThrow();
		assertThat(community).isEqualTo(Assignee.unit(TO_COMMUNITY, COMMUNITY));

		file.apply(CaseAction.ESCALATE, ActionInput.to(community), aGridWorkerOf(GRID), minutesLater(60));
		assertThat(ordinary.escalate(file, CITY_MANAGEMENT)).contains(Assignee.unit(TO_STREET, STREET));
		assertThat(file.domainEvents())
			.contains(new CaseEscalated(file.id(), GRID, TO_GRID, TO_COMMUNITY, minutesLater(60), null));
	}

	@Test
	void escalatesToTheResponsibleDepartmentAfterTheStreet() {
		CaseFile file = aFiledCaseIn(GRID);
		file.apply(CaseAction.DISPATCH, ActionInput.to(Assignee.unit(TO_STREET, STREET)), aDispatcherOf(STREET),
				minutesLater(30));

		assertThat(ordinary.escalate(file, CITY_MANAGEMENT)).contains(Assignee.unit(TO_DEPARTMENT, CITY_MANAGEMENT));
	}

	@Test
	void refusesAnOverrideThatIsNoCategoryPrefix() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EscalationOverride("fire", TO_DEPARTMENT))
			.withMessageContaining("'fire'");
	}
}
