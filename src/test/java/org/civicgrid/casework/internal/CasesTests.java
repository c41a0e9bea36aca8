package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.casework.internal.CaseFixtures.EXPOSED_WASTE;
import static org.civicgrid.casework.internal.CaseFixtures.FOUR_WORKING_HOURS;
import static org.civicgrid.casework.internal.CaseFixtures.GRID;
import static org.civicgrid.casework.internal.CaseFixtures.STREET;

import java.time.Instant;
import java.util.List;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.Channel;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.Role;
import org.civicgrid.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A case goes into the tables and comes back as it was; a write from a stale copy is refused. */
@IntegrationTest
class CasesTests {

	@Autowired
	Cases cases;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ReporterContacts contacts;

	@Test
	void aCaseComesBackWithItsClockAssigneeAndTraceAndAStaleWriteIsRefused() {
		Instant at = Instant.parse("2026-11-20T01:00:00Z");
		Cases.Identity next = cases.next();
		String number = next.number();
		assertThat(number).matches("SJ\\d{8}-\\d{6}");
		CaseFile file = CaseFile.report(next.id(), number,
				new ReportCase(EXPOSED_WASTE, GRID, "<b>垃圾</b> 堆在路口", List.of("before.jpg")), FOUR_WORKING_HOURS,
				CaseFixtures.aResident("cases-tests-resident"), at);
		tx.executeWithoutResult(s -> cases.save(StoredCase.fresh(file, intake()), null, null, null));

		StoredCase loaded = cases.find(file.id()).orElseThrow();
		CaseFile again = loaded.file();
		again.apply(CaseAction.VERIFY, ActionInput.none(), CaseFixtures.aGridWorkerOf(GRID), at.plusSeconds(60));
		again.apply(CaseAction.FILE, ActionInput.none(), CaseFixtures.aDispatcherOf(STREET), at.plusSeconds(120));
		again.apply(CaseAction.DISPATCH, ActionInput.to(Assignee.person(AssigneeLevel.GRID, GRID, "gridworker1")),
				CaseFixtures.aDispatcherOf(STREET), at.plusSeconds(180));
		tx.executeWithoutResult(s -> cases.save(loaded, at.plusSeconds(7200), at.plusSeconds(6000), null));

		CaseFile back = cases.find(file.id()).orElseThrow().file();
		assertThat(back.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(back.assignee()).isEqualTo(Assignee.person(AssigneeLevel.GRID, GRID, "gridworker1"));
		assertThat(back.clock().started()).isEqualTo(at.plusSeconds(180));
		assertThat(back.timeLimit()).isEqualTo(FOUR_WORKING_HOURS);
		assertThat(back.history()).hasSize(4);
		assertThat(back.history().get(0).note()).isEqualTo("<b>垃圾</b> 堆在路口");
		assertThat(back.history().get(0).photos()).containsExactly("before.jpg");
		assertThat(back.history().get(3).action()).isEqualTo(CaseAction.DISPATCH);
		StoredCase.Intake backIntake = cases.find(file.id()).orElseThrow().intake();
		assertThat(contacts.open(backIntake.reporterContact())).isEqualTo("138-0000-0000");
		assertThat(backIntake.reporterContact().phoneHash()).isEqualTo(contacts.hashOf("13800000000").orElseThrow());

		// the copy loaded before the dispatch is stale now
		loaded.file().apply(CaseAction.ACCEPT, ActionInput.none(), CaseFixtures.anActor(Role.GRID_WORKER),
				at.plusSeconds(240));
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> cases.save(loaded, null, null, null)))
			.isInstanceOf(ConflictException.class);
		assertThat(cases.find(file.id()).orElseThrow().file().history()).hasSize(4);
	}

	private StoredCase.Intake intake() {
		return new StoredCase.Intake(null, contacts.seal("138-0000-0000"), Channel.RESIDENT, "<b>垃圾</b> 堆在路口", 34.75, 113.75,
				"路口", null, null, null);
	}
}
