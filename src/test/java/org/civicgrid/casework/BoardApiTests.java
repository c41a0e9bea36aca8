package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.civicgrid.casework.internal.BoardService;
import org.civicgrid.casework.internal.CaseBoardView;
import org.civicgrid.casework.internal.CaseQuery;
import org.civicgrid.casework.internal.CaseService;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The board's counters (kept by a trigger) agree with counting the cases, step after step. */
class BoardApiTests extends ApiTest {

	@Autowired
	BoardService boards;

	@Autowired
	CaseService cases;

	@Test
	void theStatusCountersFollowEveryStep() {
		Caller dispatcher = new Caller(0, "dispatcher", "街道调度员", Role.STREET_STAFF, "410105560");
		CaseApiFixture fixture = new CaseApiFixture(api);
		long id = fixture.reportAs("resident1", "看板计数 " + CaseApiFixture.marker()).path("id").asLong();
		assertAgree(dispatcher);
		fixture.step("gridworker1", id, "verify", Map.of());
		fixture.step("dispatcher", id, "file", Map.of());
		assertAgree(dispatcher);
		CaseBoardView board = boards.board(dispatcher, 50);
		assertThat(board.open()).anySatisfy(view -> assertThat(view.id()).isEqualTo(id));
		assertThat(board.byColour()).containsKeys(Colour.values());
	}

	private void assertAgree(Caller caller) {
		CaseBoardView board = boards.board(caller, 1);
		for (CaseStatus status : CaseStatus.values()) {
			long counted = cases.search(caller, new CaseQuery(status, null, null, null, null, null, null, null),
					org.civicgrid.shared.PageRequest.of(0, 1)).total();
			assertThat(board.byStatus().get(status)).as(status.name()).isEqualTo(counted);
		}
	}
}
