package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Actions travel as lower-case, hyphenated names: "check-pass", "request-extension". */
class CaseActionTests {

	@Test
	void namesActionsOnTheWireAsTheIssueDoes() {
		assertThat(CaseAction.values()).extracting(CaseAction::wire).containsExactly("verify", "file", "dismiss",
				"dispatch", "accept", "return", "handle", "check-pass", "check-fail", "close", "rate", "reassign",
				"request-extension", "approve-extension", "defer", "escalate", "instruct", "supervise", "merge");
	}

	@ParameterizedTest
	@EnumSource(CaseAction.class)
	void readsEveryWireNameBack(CaseAction action) {
		assertThat(CaseAction.fromWire(action.wire())).isSameAs(action);
	}

	@Test
	void refusesAnUnknownNameListingTheKnownOnes() {
		assertThatThrownBy(() -> CaseAction.fromWire("CHECK_PASS"))
			.isInstanceOfSatisfying(UnknownCaseActionException.class, e -> {
				assertThat(e.status().value()).isEqualTo(400);
				assertThat(e.errors()).singleElement().satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("action");
					assertThat(problem.messageKey()).isEqualTo("casework.action.unknown");
					assertThat(problem.args()[0]).isEqualTo("CHECK_PASS");
					assertThat((String) problem.args()[1]).startsWith("verify, file, dismiss");
				});
			});
		assertThatThrownBy(() -> CaseAction.fromWire(null)).isInstanceOf(UnknownCaseActionException.class);
	}

	@Test
	void theStatusesAndLevelsAreTheIssues() {
		assertThat(CaseStatus.values()).extracting(Enum::name).containsExactly("REPORTED", "VERIFIED", "FILED",
				"DISMISSED", "DISPATCHED", "IN_PROGRESS", "HANDLED", "CLOSED", "DEFERRED", "MERGED");
		assertThat(AssigneeLevel.DEPARTMENT.isAbove(AssigneeLevel.STREET)).isTrue();
		assertThat(AssigneeLevel.GRID.isAbove(AssigneeLevel.GRID)).isFalse();
	}
}
