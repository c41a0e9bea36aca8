package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.casework.CaseAction.*;
import static org.civicgrid.casework.PublicStep.*;
import static org.civicgrid.casework.internal.CaseFixtures.*;

import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.PublicProgress;
import org.civicgrid.casework.PublicProgress.Milestone;
import org.civicgrid.casework.PublicStep;
import org.junit.jupiter.api.Test;

/**
 * What a reporter reads of their case: the public steps with their times, and the reply once there is an answer;
 * never the notes staff write for each other.
 */
class PublicProgressTests {

	@Test
	void aClosedCaseShowsEveryStepWithItsTimeAndTheHandlersFeedbackAsTheReply() {
		CaseFile file = aHandledCaseIn(GRID);
		file.apply(CHECK_PASS, ActionInput.note("现场已清洁，督查签字"), aSupervisorOf(STREET), minutesLater(120));

		PublicProgress progress = progressOf(file);

		assertThat(progress.step()).isEqualTo(COMPLETED);
		assertThat(progress.track()).containsExactly(new Milestone(SUBMITTED, FRIDAY_MORNING),
				new Milestone(ACCEPTED, minutesLater(20)), new Milestone(IN_HANDLING, minutesLater(30)),
				new Milestone(COMPLETED, minutesLater(120)));
		assertThat(progress.reply().text()).isEqualTo("垃圾已清运");
		assertThat(progress.reply().at()).isEqualTo(minutesLater(90));
		assertThat(progress.reply().photos()).containsExactly("after.jpg");
		// the verifier's and the checker's notes and every staff name stay in the office
		assertThat(progress.toString()).doesNotContain("现场属实").doesNotContain("督查签字")
			.doesNotContain("gridworker-").doesNotContain("supervisor-").doesNotContain(GRID);
	}

	@Test
	void aCaseBeingHandledHasNoReplyYetEvenOnceReportedBack() {
		PublicProgress handled = progressOf(aHandledCaseIn(GRID)); // 待核查: the check may still send it back

		assertThat(handled.step()).isEqualTo(IN_HANDLING);
		assertThat(handled.track()).extracting(Milestone::step)
			.containsExactly(SUBMITTED, ACCEPTED, IN_HANDLING, COMPLETED);
		assertThat(handled.track()).extracting(Milestone::reached).containsExactly(true, true, true, false);
		assertThat(handled.reply()).isNull();
	}

	@Test
	void aDismissalTellsItsReasonAndKeepsItsNote() {
		CaseFile file = aReportedCaseIn(GRID);
		file.apply(DISMISS, ActionInput.reason("不属于本街道受理范围").withNote("内部：此人多次恶意来电"), aDispatcherOf(STREET),
				minutesLater(15));

		PublicProgress progress = progressOf(file);

		assertThat(progress.step()).isEqualTo(NOT_ACCEPTED);
		assertThat(progress.track()).containsExactly(new Milestone(SUBMITTED, FRIDAY_MORNING),
				new Milestone(NOT_ACCEPTED, minutesLater(15)));
		assertThat(progress.reply().text()).isEqualTo("不属于本街道受理范围");
		assertThat(progress.toString()).doesNotContain("恶意来电");
	}

	@Test
	void aDuplicateEndsMergedWithoutAReplyOfItsOwn() {
		PublicProgress progress = progressOf(aMergedCaseIn(GRID));

		assertThat(progress.track()).containsExactly(new Milestone(SUBMITTED, FRIDAY_MORNING),
				new Milestone(MERGED, minutesLater(10)));
		assertThat(progress.reply()).isNull();
	}

	@Test
	void aSpotCheckReopeningAClosedCaseTakesBackItsCompletionAndItsReply() {
		CaseFile file = aClosedCaseIn(GRID);
		file.apply(CHECK_FAIL, ActionInput.reason("抽查发现仍有垃圾"), aSupervisorOf(STREET), minutesLater(200));

		PublicProgress reopened = progressOf(file);
		assertThat(reopened.step()).isEqualTo(IN_HANDLING);
		assertThat(reopened.track()).contains(new Milestone(IN_HANDLING, minutesLater(30)),
				new Milestone(COMPLETED, null));
		assertThat(reopened.reply()).isNull();

		file.apply(HANDLE, ActionInput.note("已彻底清运并冲洗地面").withPhotos("again.jpg"), aGridWorkerOf(GRID),
				minutesLater(260));
		file.apply(CLOSE, ActionInput.none(), aDispatcherOf(STREET), minutesLater(270));
		PublicProgress closedAgain = progressOf(file);
		assertThat(closedAgain.track()).contains(new Milestone(COMPLETED, minutesLater(270)));
		assertThat(closedAgain.reply().text()).isEqualTo("已彻底清运并冲洗地面");
		assertThat(closedAgain.reply().photos()).containsExactly("again.jpg");
	}

	@Test
	void aCaseHandedBackToTheDeskIsAcceptedAgainUntilItIsDispatchedAnew() {
		CaseFile file = aDispatchedCaseIn(GRID);
		file.apply(RETURN, ActionInput.reason("不属于本网格"), aGridWorkerOf(GRID), minutesLater(35));
		assertThat(progressOf(file).step()).isEqualTo(ACCEPTED);
		assertThat(progressOf(file).track()).contains(new Milestone(IN_HANDLING, null));

		file.apply(DISPATCH, ActionInput.to(theGrid(GRID)), aDispatcherOf(STREET), minutesLater(50));
		assertThat(progressOf(file).track()).contains(new Milestone(ACCEPTED, minutesLater(20)),
				new Milestone(IN_HANDLING, minutesLater(50)));
	}

	@Test
	void everyStatusHasOneStepAndTheEndsAreOpen311sClosedOnes() {
		assertThat(PublicStep.of(CaseStatus.VERIFIED)).isEqualTo(SUBMITTED); // a verified report may be dismissed
		assertThat(PublicStep.of(CaseStatus.FILED)).isEqualTo(ACCEPTED);
		assertThat(PublicStep.of(CaseStatus.HANDLED)).isEqualTo(IN_HANDLING);
		assertThat(PublicStep.of(CaseStatus.DEFERRED)).isEqualTo(IN_HANDLING);
		for (CaseStatus status : CaseStatus.values()) {
			boolean closedInOpen311 = status == CaseStatus.CLOSED || status.isFinal();
			assertThat(PublicStep.of(status).isEnd()).as(status.name()).isEqualTo(closedInOpen311);
		}
	}

	private static PublicProgress progressOf(CaseFile file) {
		return PublicProgress.of(file.status(), CaseViews.history(file));
	}
}
