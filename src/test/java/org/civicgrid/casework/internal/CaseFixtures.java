package org.civicgrid.casework.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.time.CalendarSettings;
import org.civicgrid.shared.time.TimeLimit;

/** Cases, people and moments in domain words, in 如意湖街道's first community (410105560001). */
final class CaseFixtures {

	static final String GRID = "410105560001001";
	static final String OTHER_GRID = "410105560001002";
	static final String COMMUNITY = "410105560001";
	static final String STREET = "410105560";
	static final String OTHER_STREET = "410105001";
	static final String DISTRICT = "410105";
	static final String CITY_MANAGEMENT = "DEPT-CGJ";
	static final String EXPOSED_WASTE = "E0102";
	static final TimeLimit FOUR_WORKING_HOURS = TimeLimit.parse("4wh");

	/** Friday 20 November 2026, 09:00 Beijing time, an ordinary working day. */
	static final Instant FRIDAY_MORNING = beijing("2026-11-20T09:00");

	private static final AtomicLong IDS = new AtomicLong();

	private CaseFixtures() {
	}

	static Instant beijing(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(CalendarSettings.DEFAULT_ZONE).toInstant();
	}

	static Instant minutesLater(int minutes) {
		return FRIDAY_MORNING.plusSeconds(60L * minutes);
	}

	static Actor aResident(String username) {
		return new Actor(username, Role.RESIDENT, RegionScope.NONE, null);
	}

	static Actor aGridWorkerOf(String grid) {
		return new Actor("gridworker-" + grid, Role.GRID_WORKER, RegionScope.of(grid), grid);
	}

	static Actor aCommunityWorkerOf(String community) {
		return new Actor("community-" + community, Role.COMMUNITY_STAFF, RegionScope.of(community), community);
	}

	static Actor aDispatcherOf(String street) {
		return new Actor("dispatcher-" + street, Role.STREET_STAFF, RegionScope.of(street), street);
	}

	static Actor aSupervisorOf(String street) {
		return new Actor("supervisor-" + street, Role.SUPERVISOR, RegionScope.of(street), street);
	}

	static Actor aLeaderOf(String district) {
		return new Actor("leader-" + district, Role.LEADER, RegionScope.of(district), district);
	}

	static Actor aDepartmentHandlerOf(String department) {
		return new Actor("handler-" + department, Role.DEPARTMENT_HANDLER, RegionScope.of(DISTRICT), department);
	}

	static Actor anActor(Role role) {
		return new Actor(role.name().toLowerCase(), role, RegionScope.of(STREET), STREET);
	}

	static final Actor REPORTER = aResident("resident-wang");

	static ReportCase exposedWasteIn(String grid, String... photos) {
		return new ReportCase(EXPOSED_WASTE, grid, "路口堆放生活垃圾", List.of(photos));
	}

	static CaseFile aReportedCaseIn(String grid) {
		return CaseFile.report(new CaseId(IDS.incrementAndGet()), "SJ2026112000" + IDS.get(), exposedWasteIn(grid,
				"before.jpg"), FOUR_WORKING_HOURS, REPORTER, FRIDAY_MORNING);
	}

	static CaseFile aVerifiedCaseIn(String grid) {
		CaseFile file = aReportedCaseIn(grid);
		file.apply(CaseAction.VERIFY, ActionInput.note("现场属实"), aGridWorkerOf(grid), minutesLater(10));
		return file;
	}

	static CaseFile aFiledCaseIn(String grid) {
		CaseFile file = aVerifiedCaseIn(grid);
		file.apply(CaseAction.FILE, ActionInput.none(), aDispatcherOf(STREET), minutesLater(20));
		return file;
	}

	static Assignee theGrid(String grid) {
		return Assignee.unit(AssigneeLevel.GRID, grid);
	}

	static CaseFile aDispatchedCaseIn(String grid) {
		CaseFile file = aFiledCaseIn(grid);
		file.apply(CaseAction.DISPATCH, ActionInput.to(theGrid(grid)), aDispatcherOf(STREET), minutesLater(30));
		return file;
	}

	static CaseFile anAcceptedCaseIn(String grid) {
		CaseFile file = aDispatchedCaseIn(grid);
		file.apply(CaseAction.ACCEPT, ActionInput.none(), aGridWorkerOf(grid), minutesLater(40));
		return file;
	}

	static CaseFile aHandledCaseIn(String grid) {
		CaseFile file = anAcceptedCaseIn(grid);
		file.apply(CaseAction.HANDLE, ActionInput.note("垃圾已清运").withPhotos("after.jpg"), aGridWorkerOf(grid),
				minutesLater(90));
		return file;
	}

	static CaseFile aClosedCaseIn(String grid) {
		CaseFile file = aHandledCaseIn(grid);
		file.apply(CaseAction.CHECK_PASS, ActionInput.none(), aSupervisorOf(STREET), minutesLater(120));
		return file;
	}

	static CaseFile aDeferredCaseIn(String grid) {
		CaseFile file = aFiledCaseIn(grid);
		file.apply(CaseAction.DEFER, ActionInput.reason("待冬季过后施工"), aDispatcherOf(STREET), minutesLater(30));
		return file;
	}

	static CaseFile aDismissedCaseIn(String grid) {
		CaseFile file = aReportedCaseIn(grid);
		file.apply(CaseAction.DISMISS, ActionInput.reason("重复上报"), aDispatcherOf(STREET), minutesLater(10));
		return file;
	}

	static CaseFile aMergedCaseIn(String grid) {
		CaseFile file = aReportedCaseIn(grid);
		file.apply(CaseAction.MERGE, ActionInput.into(new CaseId(999_999)), aDispatcherOf(STREET), minutesLater(10));
		return file;
	}

	/** A case that has reached {@code status} by the ordinary route. */
	static CaseFile aCaseIn(CaseStatus status) {
		return switch (status) {
			case REPORTED -> aReportedCaseIn(GRID);
			case VERIFIED -> aVerifiedCaseIn(GRID);
			case FILED -> aFiledCaseIn(GRID);
			case DISMISSED -> aDismissedCaseIn(GRID);
			case DISPATCHED -> aDispatchedCaseIn(GRID);
			case IN_PROGRESS -> anAcceptedCaseIn(GRID);
			case HANDLED -> aHandledCaseIn(GRID);
			case CLOSED -> aClosedCaseIn(GRID);
			case DEFERRED -> aDeferredCaseIn(GRID);
			case MERGED -> aMergedCaseIn(GRID);
		};
	}

	/** Everything any action could need, so only the workflow table can refuse. */
	static ActionInput everything() {
		return new ActionInput("说明", "原因", Assignee.unit(AssigneeLevel.STREET, STREET), 5, new CaseId(999_998),
				TimeLimit.parse("1wd"), org.civicgrid.casework.SupervisionCard.YELLOW, List.of("photo.jpg"));
	}
}
