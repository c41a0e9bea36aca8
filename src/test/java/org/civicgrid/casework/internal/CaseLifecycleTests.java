package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.casework.CaseAction.*;
import static org.civicgrid.casework.internal.CaseFixtures.*;

import java.util.List;

import org.civicgrid.casework.CaseClosed;
import org.civicgrid.casework.CaseDispatched;
import org.civicgrid.casework.CaseFiled;
import org.civicgrid.casework.CaseRated;
import org.civicgrid.casework.CaseReported;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.CaseStatusChanged;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The closed loop from report to rating (GB/T 30428), with its trace and the events it announces. */
class CaseLifecycleTests {

	@Test
	void walksTheWholeLoopFromReportToRating() {
		CaseFile file = aReportedCaseIn(GRID);
		file.apply(VERIFY, ActionInput.note("现场属实"), aGridWorkerOf(GRID), minutesLater(10));
		file.apply(FILE, ActionInput.none(), aDispatcherOf(STREET), minutesLater(20));
		file.apply(DISPATCH, ActionInput.to(theGrid(GRID)), aDispatcherOf(STREET), minutesLater(30));
		file.apply(ACCEPT, ActionInput.none(), aGridWorkerOf(GRID), minutesLater(40));
		file.apply(HANDLE, ActionInput.note("垃圾已清运").withPhotos("after.jpg"), aGridWorkerOf(GRID),
				minutesLater(90));
		file.apply(CHECK_PASS, ActionInput.note("现场已清洁"), aSupervisorOf(STREET), minutesLater(120));
		file.apply(RATE, ActionInput.rating(5, "处理及时"), REPORTER, minutesLater(300));

		assertThat(file.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(file.rating().score()).isEqualTo(5);
		assertThat(file.rating().comment()).isEqualTo("处理及时");
		assertThat(file.reworkCount()).isZero();
		assertThat(file.history()).extracting(HistoryEntry::action)
			.containsExactly(null, VERIFY, FILE, DISPATCH, ACCEPT, HANDLE, CHECK_PASS, RATE);
		assertThat(file.history()).extracting(HistoryEntry::to)
			.containsExactly(CaseStatus.REPORTED, CaseStatus.VERIFIED, CaseStatus.FILED, CaseStatus.DISPATCHED,
					CaseStatus.IN_PROGRESS, CaseStatus.HANDLED, CaseStatus.CLOSED, CaseStatus.CLOSED);
		assertThat(file.history().get(5).photos()).containsExactly("after.jpg");
		assertThat(file.history().get(7).who()).isEqualTo("resident-wang");
		assertThat(file.domainEvents()).hasAtLeastOneElementOfType(CaseReported.class)
			.hasAtLeastOneElementOfType(CaseFiled.class)
			.hasAtLeastOneElementOfType(CaseDispatched.class)
			.hasAtLeastOneElementOfType(CaseClosed.class)
			.hasAtLeastOneElementOfType(CaseRated.class);
		assertThat(file.domainEvents()).filteredOn(CaseStatusChanged.class::isInstance).hasSize(6);
	}

	@Test
	void aCaseAnswersWhatItsStatusAllowsWithoutItsCallersReadingTheTable() {
		CaseFile reported = aReportedCaseIn(GRID);
		assertThat(reported.awaitsResponse()).isTrue();
		assertThat(reported.allows(VERIFY)).isTrue();
		assertThat(reported.allows(ESCALATE)).isFalse();
		assertThat(reported.isFinal()).isFalse();
		CaseFile dispatched = aDispatchedCaseIn(GRID);
		assertThat(dispatched.awaitsResponse()).isFalse();
		assertThat(dispatched.allows(ESCALATE)).isTrue();
		assertThat(aHandledCaseIn(GRID).allows(ESCALATE)).isFalse();
		assertThat(aClosedCaseIn(GRID).isFinal()).isFalse(); // still rated and spot-checked
		assertThat(aDismissedCaseIn(GRID).isFinal()).isTrue();
		assertThat(aMergedCaseIn(GRID).allowedActions()).isEmpty();
	}

	@Test
	void startsTheHandlingClockAtDispatch() {
		CaseFile file = aFiledCaseIn(GRID);
		assertThat(file.clock().running()).isFalse();

		file.apply(DISPATCH, ActionInput.to(theGrid(GRID)), aDispatcherOf(STREET), minutesLater(30));

		assertThat(file.clock().started()).isEqualTo(minutesLater(30));
		assertThat(file.assignee()).isEqualTo(theGrid(GRID));
	}

	@Test
	void refusesADispatchWithoutAnAssigneeOrToAnotherGrid() {
		assertThatThrownBy(() -> aFiledCaseIn(GRID).apply(DISPATCH, ActionInput.none(), aDispatcherOf(STREET),
				minutesLater(30)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
				.extracting(p -> p.field() + " " + p.messageKey())
				.containsExactly("assignee casework.input.assignee-required"));
		assertThatThrownBy(() -> aFiledCaseIn(GRID).apply(DISPATCH, ActionInput.to(theGrid(OTHER_GRID)),
				aDispatcherOf(STREET), minutesLater(30)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
				.extracting(p -> p.messageKey()).containsExactly("casework.input.assignee-elsewhere"));
	}

	@Test
	void returnsCaseToDispatcherWithReason() {
		CaseFile file = anAcceptedCaseIn(GRID);

		file.apply(RETURN, ActionInput.reason("不属于本网格职责"), aGridWorkerOf(GRID), minutesLater(50));

		assertThat(file.status()).isEqualTo(CaseStatus.FILED);
		assertThat(file.assignee()).isNull();
		assertThat(file.clock().running()).isFalse();
		assertThat(file.history().get(file.history().size() - 1).note()).isEqualTo("不属于本网格职责");
	}

	@Test
	void aReturnNeedsAReason() {
		CaseFile file = anAcceptedCaseIn(GRID);

		assertThatThrownBy(() -> file.apply(RETURN, ActionInput.note("  "), aGridWorkerOf(GRID), minutesLater(50)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
				.extracting(p -> p.field() + " " + p.messageKey())
				.containsExactly("reason casework.input.reason-required"));
		assertThat(file.status()).isEqualTo(CaseStatus.IN_PROGRESS);
	}

	@Test
	void aFailedCheckCountsReworkAndSendsTheCaseBackToItsHandler() {
		CaseFile file = aHandledCaseIn(GRID);

		file.apply(CHECK_FAIL, ActionInput.reason("仍有垃圾残留"), aSupervisorOf(STREET), minutesLater(120));

		assertThat(file.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(file.reworkCount()).isEqualTo(1);
		assertThat(file.assignee()).isEqualTo(theGrid(GRID));
		assertThat(file.clock().stopped()).as("the clock runs again").isNull();

		file.apply(HANDLE, ActionInput.note("已彻底清理"), aGridWorkerOf(GRID), minutesLater(150));
		file.apply(CHECK_FAIL, ActionInput.reason("周边仍脏"), aSupervisorOf(STREET), minutesLater(160));
		assertThat(file.reworkCount()).isEqualTo(2);
	}

	@Test
	void aSpotCheckOfAClosedCaseReopensItAsRework() {
		CaseFile file = aClosedCaseIn(GRID);

		file.apply(CHECK_FAIL, ActionInput.reason("抽查发现问题反弹"), aSupervisorOf(STREET), minutesLater(600));

		assertThat(file.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(file.reworkCount()).isEqualTo(1);
	}

	@Test
	void aGridWorkerHandlesASmallMatterOnTheSpotAndClosesItInOneStep() {
		Actor worker = aGridWorkerOf(GRID);
		new OnTheSpotHandlingPolicy().check(exposedWasteIn(GRID, "before.jpg"), worker, "随手清理", List.of("after.jpg"));

		CaseFile file = CaseFile.handledOnTheSpot(new org.civicgrid.casework.CaseId(77), "SJ77",
				exposedWasteIn(GRID, "before.jpg"), FOUR_WORKING_HOURS, worker, FRIDAY_MORNING, "随手清理",
				List.of("after.jpg"));

		assertThat(file.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(file.handledOnTheSpot()).isTrue();
		assertThat(file.assignee().username()).isEqualTo(worker.username());
		assertThat(file.history()).hasSize(3);
		assertThat(file.history().get(0).photos()).containsExactly("before.jpg");
		assertThat(file.history().get(1)).satisfies(step -> {
			assertThat(step.action()).isEqualTo(HANDLE);
			assertThat(step.from()).isEqualTo(CaseStatus.REPORTED);
			assertThat(step.note()).isEqualTo("随手清理");
			assertThat(step.photos()).containsExactly("after.jpg");
			assertThat(step.who()).isEqualTo(worker.username());
		});
		assertThat(file.history().get(2)).satisfies(step -> {
			assertThat(step.action()).isEqualTo(CLOSE);
			assertThat(step.from()).isEqualTo(CaseStatus.HANDLED);
			assertThat(step.to()).isEqualTo(CaseStatus.CLOSED);
		});
		assertThat(file.domainEvents()).anySatisfy(event -> assertThat(event)
			.isEqualTo(new CaseClosed(file.id(), GRID, 0, true, FRIDAY_MORNING, null)));
		assertThat(file.allowedActions()).as("still rated and spot-checked").containsExactly(CHECK_FAIL, RATE);
	}

	@Test
	void onTheSpotHandlingNeedsPhotosBeforeAndAfter() {
		assertThatThrownBy(() -> new OnTheSpotHandlingPolicy().check(exposedWasteIn(GRID), aGridWorkerOf(GRID),
				"随手清理", List.of()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
				.extracting(p -> p.messageKey())
				.containsExactly("casework.input.photos-before-required", "casework.input.photos-after-required"));
	}

	@Test
	void onlyGridStaffHandleOnTheSpotAndOnlyInTheirGrid() {
		OnTheSpotHandlingPolicy policy = new OnTheSpotHandlingPolicy();
		assertThatThrownBy(() -> policy.check(exposedWasteIn(GRID, "b.jpg"), aDispatcherOf(STREET), "x",
				List.of("a.jpg")))
			.isInstanceOfSatisfying(CaseActionRefusedException.class, e -> assertThat(e.rule()).isEqualTo("ON_THE_SPOT"));
		assertThatThrownBy(() -> policy.check(exposedWasteIn(OTHER_GRID, "b.jpg"), aGridWorkerOf(GRID), "x",
				List.of("a.jpg")))
			.isInstanceOf(org.civicgrid.shared.OutOfScopeException.class);
	}

	@Test
	void mergesADuplicateIntoTheSurvivingCase() {
		CaseFile duplicate = aReportedCaseIn(GRID);
		CaseFile survivor = aFiledCaseIn(GRID);

		duplicate.apply(MERGE, ActionInput.into(survivor.id()), aDispatcherOf(STREET), minutesLater(25));

		assertThat(duplicate.status()).isEqualTo(CaseStatus.MERGED);
		assertThat(duplicate.mergedInto()).isEqualTo(survivor.id());
		assertThat(duplicate.allowedActions()).isEmpty();
	}

	@Test
	void aCaseCannotBeMergedIntoItself() {
		CaseFile file = aReportedCaseIn(GRID);

		assertThatThrownBy(() -> file.apply(MERGE, ActionInput.into(file.id()), aDispatcherOf(STREET),
				minutesLater(25)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
				.extracting(p -> p.messageKey()).containsExactly("casework.input.survivor-self"));
	}

	@Test
	void aDeferredCaseStopsItsClockAndResumesByDispatch() {
		CaseFile file = anAcceptedCaseIn(GRID);

		file.apply(DEFER, ActionInput.reason("需待雨季结束"), aDispatcherOf(STREET), minutesLater(60));
		assertThat(file.status()).isEqualTo(CaseStatus.DEFERRED);
		assertThat(file.clock().running()).isFalse();

		file.apply(DISPATCH, ActionInput.to(theGrid(GRID)), aDispatcherOf(STREET), minutesLater(6000));
		assertThat(file.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(file.clock().started()).isEqualTo(minutesLater(6000));
	}

	@Test
	void anExtensionIsRequestedByTheAssigneeAndCountsOnceApproved() {
		CaseFile file = anAcceptedCaseIn(GRID);

		file.apply(REQUEST_EXTENSION, ActionInput.extension(org.civicgrid.shared.time.TimeLimit.parse("2wd"), "需采购配件"),
				aGridWorkerOf(GRID), minutesLater(50));
		assertThat(file.extensionCount()).isZero();
		file.apply(APPROVE_EXTENSION, ActionInput.none(), aDispatcherOf(STREET), minutesLater(55));

		assertThat(file.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(file.extensionCount()).isEqualTo(1);
		assertThat(file.clock().extensions()).extracting(Object::toString).containsExactly("2wd");
		assertThatThrownBy(() -> file.apply(APPROVE_EXTENSION, ActionInput.none(), aDispatcherOf(STREET),
				minutesLater(56)))
			.isInstanceOf(ConflictException.class).hasMessage("casework.no-extension-request");
	}

	@Test
	void escalationGoesUpwardOnly() {
		CaseFile file = anAcceptedCaseIn(GRID);

		assertThatThrownBy(() -> file.apply(ESCALATE, ActionInput.to(theGrid(GRID)), aGridWorkerOf(GRID),
				minutesLater(50)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
				.extracting(p -> p.messageKey()).containsExactly("casework.input.escalate-upward"));

		file.apply(ESCALATE, ActionInput.to(org.civicgrid.casework.Assignee.unit(
				org.civicgrid.casework.AssigneeLevel.COMMUNITY, COMMUNITY)), aGridWorkerOf(GRID), minutesLater(50));
		assertThat(file.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(file.assignee().unitCode()).isEqualTo(COMMUNITY);
		assertThat(file.clock().started()).as("the clock keeps running").isEqualTo(minutesLater(30));
	}

	@Test
	void aCaseIsRatedOnceWithAScoreFromOneToFive() {
		CaseFile file = aClosedCaseIn(GRID);

		assertThatThrownBy(() -> file.apply(RATE, ActionInput.rating(6, "很好"), REPORTER, minutesLater(200)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
				.extracting(p -> p.field()).containsExactly("score"));
		assertThatThrownBy(() -> file.apply(RATE, ActionInput.rating(0, "差"), REPORTER, minutesLater(200)))
			.isInstanceOf(InvalidInputException.class);

		file.apply(RATE, ActionInput.rating(1, "处理太慢"), REPORTER, minutesLater(200));
		assertThatThrownBy(() -> file.apply(RATE, ActionInput.rating(5, "改好评"), REPORTER, minutesLater(300)))
			.isInstanceOf(ConflictException.class).hasMessage("casework.already-rated");
		assertThat(file.rating().score()).isEqualTo(1);
	}

	@Test
	void supervisionAndInstructionsLeaveTheStatusAndATrace() {
		CaseFile file = anAcceptedCaseIn(GRID);

		file.apply(SUPERVISE, ActionInput.card(org.civicgrid.casework.SupervisionCard.RED, "已超期，限今日办结"),
				aSupervisorOf(STREET), minutesLater(400));
		file.apply(INSTRUCT, ActionInput.note("请城管部门协同处置"), aLeaderOf(DISTRICT), minutesLater(410));

		assertThat(file.status()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(file.history()).extracting(HistoryEntry::action).endsWith(SUPERVISE, INSTRUCT);
		assertThat(file.domainEvents())
			.contains(new org.civicgrid.casework.CaseSupervised(file.id(), GRID,
					org.civicgrid.casework.SupervisionCard.RED, minutesLater(400), null))
			.contains(new org.civicgrid.casework.CaseInstructed(file.id(), GRID, minutesLater(410), null));
		assertThatThrownBy(() -> file.apply(SUPERVISE, ActionInput.none(), aSupervisorOf(STREET), minutesLater(420)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
				.extracting(p -> p.field()).containsExactly("card"));
	}

	@Test
	void aDismissalNeedsAReasonAndEndsTheCase() {
		CaseFile file = aVerifiedCaseIn(GRID);
		assertThatThrownBy(() -> file.apply(DISMISS, ActionInput.none(), aDispatcherOf(STREET), minutesLater(15)))
			.isInstanceOf(InvalidInputException.class);

		file.apply(DISMISS, ActionInput.reason("现场无此问题"), aDispatcherOf(STREET), minutesLater(15));

		assertThat(file.status()).isEqualTo(CaseStatus.DISMISSED);
		assertThat(file.allowedActions()).isEmpty();
		assertThat(file.domainEvents()).contains(
				new org.civicgrid.casework.CaseDismissed(file.id(), GRID, "现场无此问题", minutesLater(15), null));
	}

	@Test
	void historyEntriesCannotBeChanged() {
		CaseFile file = aHandledCaseIn(GRID);

		assertThatThrownBy(() -> file.history().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> file.history().get(5).photos().add("x.jpg"))
			.isInstanceOf(UnsupportedOperationException.class);
	}
}
