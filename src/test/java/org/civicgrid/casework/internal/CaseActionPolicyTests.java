package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.casework.CaseAction.*;
import static org.civicgrid.casework.internal.CaseFixtures.*;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.shared.OutOfScopeException;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.time.TimeLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may do what: named rules first, then the region scope. */
class CaseActionPolicyTests {

	private final CaseActionPolicy policy = new CaseActionPolicy();

	@Test
	void dispatchersFileAndDispatchInTheirStreet() {
		assertThatNoException().isThrownBy(() -> policy.check(aVerifiedCaseIn(GRID), FILE, aDispatcherOf(STREET)));
		assertThatNoException().isThrownBy(() -> policy.check(aFiledCaseIn(GRID), DISPATCH, aDispatcherOf(STREET)));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "STREET_STAFF" }, mode = EnumSource.Mode.EXCLUDE)
	void onlyDispatchersDispatch(Role role) {
		assertThatThrownBy(() -> policy.check(aFiledCaseIn(GRID), DISPATCH, anActor(role)))
			.isInstanceOfSatisfying(CaseActionRefusedException.class, e -> {
				assertThat(e.rule()).isEqualTo("DISPATCHERS");
				assertThat(e.messageKey()).isEqualTo("casework.rule.dispatchers");
				assertThat(e.status().value()).isEqualTo(403);
			});
	}

	@Test
	void aDispatcherOfAnotherStreetIsOutOfScope() {
		assertThatThrownBy(() -> policy.check(aFiledCaseIn(GRID), DISPATCH, aDispatcherOf(OTHER_STREET)))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void theAssigneeAcceptsHandlesAndReturns() {
		assertThatNoException().isThrownBy(() -> policy.check(aDispatchedCaseIn(GRID), ACCEPT, aGridWorkerOf(GRID)));
		assertThatNoException().isThrownBy(() -> policy.check(anAcceptedCaseIn(GRID), HANDLE, aGridWorkerOf(GRID)));
		assertThatNoException().isThrownBy(() -> policy.check(anAcceptedCaseIn(GRID), RETURN, aGridWorkerOf(GRID)));
	}

	@Test
	void aGridWorkerOfAnotherGridIsNotTheAssignee() {
		assertThatThrownBy(() -> policy.check(aDispatchedCaseIn(GRID), ACCEPT, aGridWorkerOf(OTHER_GRID)))
			.isInstanceOfSatisfying(CaseActionRefusedException.class, e -> assertThat(e.rule()).isEqualTo("ASSIGNEE"));
		assertThatThrownBy(() -> policy.check(aDispatchedCaseIn(GRID), ACCEPT, aCommunityWorkerOf(COMMUNITY)))
			.isInstanceOf(CaseActionRefusedException.class);
	}

	@Test
	void aCaseDispatchedToAPersonIsTheirsAlone() {
		CaseFile file = aFiledCaseIn(GRID);
		file.apply(DISPATCH, ActionInput.to(Assignee.person(AssigneeLevel.GRID, GRID, "gridworker-li")),
				aDispatcherOf(STREET), minutesLater(30));

		assertThatThrownBy(() -> policy.check(file, ACCEPT, aGridWorkerOf(GRID)))
			.isInstanceOf(CaseActionRefusedException.class);
		assertThatNoException().isThrownBy(() -> policy.check(file, ACCEPT,
				new Actor("gridworker-li", Role.GRID_WORKER, org.civicgrid.shared.RegionScope.of(GRID), GRID)));
	}

	@Test
	void departmentHandlersActOnlyOnCasesAssignedToTheirUnitWhereverTheyLie() {
		CaseFile file = aFiledCaseIn(GRID);
		file.apply(DISPATCH, ActionInput.to(Assignee.unit(AssigneeLevel.DEPARTMENT, CITY_MANAGEMENT)),
				aDispatcherOf(STREET), minutesLater(30));

		assertThatNoException().isThrownBy(() -> policy.check(file, ACCEPT, aDepartmentHandlerOf(CITY_MANAGEMENT)));
		assertThatThrownBy(() -> policy.check(file, ACCEPT, aDepartmentHandlerOf("DEPT-ZJJ")))
			.isInstanceOfSatisfying(CaseActionRefusedException.class, e -> assertThat(e.rule()).isEqualTo("ASSIGNEE"));
		assertThatThrownBy(() -> policy.check(aDispatchedCaseIn(GRID), ACCEPT, aDepartmentHandlerOf(CITY_MANAGEMENT)))
			.isInstanceOf(CaseActionRefusedException.class);
	}

	@ParameterizedTest(name = "{1} by {0} is refused by {2}")
	@CsvSource({
			"GRID_WORKER,   CHECK_PASS,  SUPERVISORS",
			"STREET_STAFF,  CHECK_FAIL,  SUPERVISORS",
			"LEADER,        SUPERVISE,   SUPERVISORS",
			"SUPERVISOR,    INSTRUCT,    LEADERS",
			"RESIDENT,      CLOSE,       CLOSERS",
			"VOLUNTEER,     VERIFY,      VERIFIERS",
			"STREET_STAFF,  RATE,        REPORTER" })
	void refusesRolesOutsideTheRule(Role role, CaseAction action, String rule) {
		assertThatThrownBy(() -> policy.check(aHandledCaseIn(GRID), action, anActor(role)))
			.isInstanceOfSatisfying(CaseActionRefusedException.class, e -> assertThat(e.rule()).isEqualTo(rule));
	}

	@Test
	void supervisorsCheckLeadersInstructTheReporterRates() {
		assertThatNoException().isThrownBy(() -> policy.check(aHandledCaseIn(GRID), CHECK_PASS, aSupervisorOf(STREET)));
		assertThatNoException().isThrownBy(() -> policy.check(aHandledCaseIn(GRID), INSTRUCT, aLeaderOf(DISTRICT)));
		assertThatNoException().isThrownBy(() -> policy.check(aClosedCaseIn(GRID), RATE, REPORTER));
		assertThatThrownBy(() -> policy.check(aClosedCaseIn(GRID), RATE, aResident("resident-zhao")))
			.isInstanceOf(CaseActionRefusedException.class);
	}

	@Test
	void aSupervisorOfAnotherStreetIsOutOfScope() {
		assertThatThrownBy(() -> policy.check(aHandledCaseIn(GRID), CHECK_PASS, aSupervisorOf(OTHER_STREET)))
			.isInstanceOfSatisfying(OutOfScopeException.class, e -> assertThat(e.args()).containsExactly(GRID));
	}

	@Test
	void theAssigneeCannotApproveTheirOwnExtension() {
		CaseFile file = aFiledCaseIn(GRID);
		file.apply(DISPATCH, ActionInput.to(Assignee.unit(AssigneeLevel.STREET, STREET)), aDispatcherOf(STREET),
				minutesLater(30));

		assertThatThrownBy(() -> policy.check(file, APPROVE_EXTENSION, aDispatcherOf(STREET)))
			.isInstanceOfSatisfying(CaseActionRefusedException.class,
					e -> assertThat(e.rule()).isEqualTo("EXTENSION_APPROVERS"));
		assertThatNoException().isThrownBy(() -> policy.check(file, APPROVE_EXTENSION, aLeaderOf(DISTRICT)));
	}

	@Test
	void anExtensionIsOfferedForApprovalOnlyWhileOneIsAskedFor() {
		CaseFile file = anAcceptedCaseIn(GRID);
		assertThat(policy.allowedActions(file, aDispatcherOf(STREET))).doesNotContain(APPROVE_EXTENSION);
		assertThat(policy.allowedActions(file, aLeaderOf(DISTRICT))).doesNotContain(APPROVE_EXTENSION);

		file.apply(REQUEST_EXTENSION, ActionInput.extension(TimeLimit.parse("2wd"), "需采购配件"), aGridWorkerOf(GRID),
				minutesLater(50));
		assertThat(policy.allowedActions(file, aDispatcherOf(STREET)))
			.containsExactly(REASSIGN, APPROVE_EXTENSION, DEFER, ESCALATE);
		assertThat(policy.allowedActions(file, aLeaderOf(DISTRICT))).containsExactly(APPROVE_EXTENSION, INSTRUCT);
		assertThat(policy.allowedActions(file, aGridWorkerOf(GRID))).as("never the one who asked")
			.doesNotContain(APPROVE_EXTENSION);

		file.apply(APPROVE_EXTENSION, ActionInput.none(), aDispatcherOf(STREET), minutesLater(55));
		assertThat(policy.allowedActions(file, aDispatcherOf(STREET))).doesNotContain(APPROVE_EXTENSION);
		assertThat(policy.allowedActions(file, aLeaderOf(DISTRICT))).containsExactly(INSTRUCT);
	}

	@Test
	void listsWhatEachActorMayDoNow() {
		CaseFile file = anAcceptedCaseIn(GRID);

		assertThat(policy.allowedActions(file, aGridWorkerOf(GRID)))
			.containsExactly(RETURN, HANDLE, REQUEST_EXTENSION, ESCALATE);
		assertThat(policy.allowedActions(file, aDispatcherOf(STREET))).containsExactly(REASSIGN, DEFER, ESCALATE);
		assertThat(policy.allowedActions(file, aSupervisorOf(STREET))).containsExactly(SUPERVISE);
		assertThat(policy.allowedActions(file, aLeaderOf(DISTRICT))).containsExactly(INSTRUCT);
		assertThat(policy.allowedActions(file, aDispatcherOf(OTHER_STREET))).isEmpty();
		assertThat(policy.allowedActions(file, REPORTER)).isEmpty();
	}
}
