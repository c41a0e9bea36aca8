package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.casework.CaseAction.*;
import static org.civicgrid.casework.internal.CaseFixtures.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The transition table is the one place that says what may happen in each status. */
class WorkflowTableTests {

	static Stream<Arguments> everyActionTheTableRefuses() {
		return Arrays.stream(CaseStatus.values()).flatMap(status -> {
			Set<CaseAction> refused = EnumSet.allOf(CaseAction.class);
			refused.removeAll(Workflow.allowedActions(status));
			return refused.stream().map(action -> Arguments.of(status, action));
		});
	}

	@ParameterizedTest(name = "{1} on a {0} case")
	@MethodSource("everyActionTheTableRefuses")
	void refusesAnActionTheStatusDoesNotAllowAndListsTheAllowedOnes(CaseStatus status, CaseAction action) {
		CaseFile file = aCaseIn(status);
		int steps = file.history().size();

		assertThatThrownBy(() -> file.apply(action, everything(), aDispatcherOf(STREET), minutesLater(900)))
			.isInstanceOfSatisfying(IllegalCaseActionException.class, e -> {
				assertThat(e.action()).isEqualTo(action);
				assertThat(e.caseStatus()).isEqualTo(status);
				assertThat(e.allowedActions()).containsExactlyElementsOf(Workflow.allowedActions(status));
				assertThat(e.status().value()).isEqualTo(409);
				assertThat(e.messageKey()).isEqualTo("casework.illegal-action.detail");
			});
		assertThat(file.status()).isEqualTo(status);
		assertThat(file.history()).hasSize(steps);
	}

	@Test
	void readsAsTheClosedLoop() {
		assertThat(Workflow.allowedActions(CaseStatus.REPORTED)).containsExactly(VERIFY, DISMISS, INSTRUCT, MERGE);
		assertThat(Workflow.allowedActions(CaseStatus.HANDLED))
			.containsExactly(CHECK_PASS, CHECK_FAIL, CLOSE, INSTRUCT, SUPERVISE);
		assertThat(Workflow.allowedActions(CaseStatus.CLOSED)).containsExactly(CHECK_FAIL, RATE);
	}

	@Test
	void leadsEachStageToTheNext() {
		assertThat(Workflow.next(CaseStatus.REPORTED, VERIFY)).contains(CaseStatus.VERIFIED);
		assertThat(Workflow.next(CaseStatus.VERIFIED, FILE)).contains(CaseStatus.FILED);
		assertThat(Workflow.next(CaseStatus.VERIFIED, DISMISS)).contains(CaseStatus.DISMISSED);
		assertThat(Workflow.next(CaseStatus.FILED, DISPATCH)).contains(CaseStatus.DISPATCHED);
		assertThat(Workflow.next(CaseStatus.DISPATCHED, ACCEPT)).contains(CaseStatus.IN_PROGRESS);
		assertThat(Workflow.next(CaseStatus.IN_PROGRESS, HANDLE)).contains(CaseStatus.HANDLED);
		assertThat(Workflow.next(CaseStatus.HANDLED, CHECK_PASS)).contains(CaseStatus.CLOSED);
		assertThat(Workflow.next(CaseStatus.HANDLED, CHECK_FAIL)).contains(CaseStatus.IN_PROGRESS);
		assertThat(Workflow.next(CaseStatus.CLOSED, RATE)).contains(CaseStatus.CLOSED);
		assertThat(Workflow.next(CaseStatus.DEFERRED, DISPATCH)).contains(CaseStatus.DISPATCHED);
	}

	@ParameterizedTest
	@EnumSource(value = CaseStatus.class, names = { "DISMISSED", "MERGED" })
	void finalStatusesAllowNothing(CaseStatus status) {
		assertThat(status.isFinal()).isTrue();
		assertThat(Workflow.allowedActions(status)).isEmpty();
	}

	@Test
	void everyActionIsAllowedSomewhere() {
		Set<CaseAction> used = EnumSet.noneOf(CaseAction.class);
		Arrays.stream(CaseStatus.values()).forEach(status -> used.addAll(Workflow.allowedActions(status)));

		assertThat(used).containsExactlyInAnyOrder(CaseAction.values());
	}

	@Test
	void actionsThatKeepTheStatusAreInTheTableToo() {
		assertThat(Workflow.next(CaseStatus.IN_PROGRESS, SUPERVISE)).contains(CaseStatus.IN_PROGRESS);
		assertThat(Workflow.next(CaseStatus.DISPATCHED, INSTRUCT)).contains(CaseStatus.DISPATCHED);
		assertThat(Workflow.next(CaseStatus.DISPATCHED, REQUEST_EXTENSION)).contains(CaseStatus.DISPATCHED);
		assertThat(Workflow.next(CaseStatus.DISPATCHED, ESCALATE)).contains(CaseStatus.DISPATCHED);
		assertThat(Workflow.next(CaseStatus.IN_PROGRESS, REASSIGN)).contains(CaseStatus.DISPATCHED);
	}
}
