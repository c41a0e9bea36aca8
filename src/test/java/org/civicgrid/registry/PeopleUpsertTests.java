package org.civicgrid.registry;

import java.util.List;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.OutOfScopeException;
import org.civicgrid.shared.Role;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** People.upsert, as the import engine calls it per row: keyed by document number, outcome per row. */
class PeopleUpsertTests extends ApiTest {

	static final Caller COMMUNITY = new Caller(-1, "community1", "社区", Role.COMMUNITY_STAFF, "410105560001");
	static final Caller GRID_WORKER_2 = new Caller(-2, "gridworker2", "网格员二", Role.GRID_WORKER, "410105560002001");

	@Autowired
	People people;

	static NewPerson row(String name, String id, String phone, String notes) {
		return new NewPerson(name, null, id, phone, null, null, "汉族", null, null, null, null, null, null,
				List.of("低保"), notes, PeopleFixtures.GRID, null);
	}

	@Test
	void theSameRowTwiceIsUnchangedAndAChangedRowUpdatesWithHistory() {
		String id = PeopleFixtures.idNumber();
		Upserted<PersonView> created = people.upsert(COMMUNITY, row("导入甲", id, "13912345678", "第一次"),
				ChangeSource.IMPORT);
		assertThat(created.outcome()).isEqualTo(UpsertOutcome.CREATED);
		assertThat(created.item().idNumber()).contains("********");

		Upserted<PersonView> same = people.upsert(COMMUNITY, row("导入甲", id.toLowerCase(), "139 1234 5678", "第一次"),
				ChangeSource.IMPORT);
		assertThat(same.outcome()).isEqualTo(UpsertOutcome.UNCHANGED);
		assertThat(same.item().id()).isEqualTo(created.item().id());

		Upserted<PersonView> changed = people.upsert(COMMUNITY, row("导入甲", id, "13912345678", "第二次"),
				ChangeSource.IMPORT);
		assertThat(changed.outcome()).isEqualTo(UpsertOutcome.UPDATED);
		assertThat(changed.item().notes()).isEqualTo("第二次");
		List<PersonHistoryEntry> history = people.history(COMMUNITY, created.item().id());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).source()).isEqualTo(ChangeSource.IMPORT);
		assertThat(history.get(0).changes()).containsOnlyKeys("notes");
	}

	@Test
	void aRowWithoutIdNumberOrWithBadFieldsIsRefusedNamingThemAndAPersonOutsideTheScopeIsRefused() {
		assertThatThrownBy(() -> people.upsert(COMMUNITY, row("无证件", " ", null, null), ChangeSource.IMPORT))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors()).extracting(p -> p.field()).containsExactly("idNumber"));
		assertThatThrownBy(() -> people.upsert(COMMUNITY, row("", "41010519800101123", "12", null),
				ChangeSource.IMPORT))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors()).extracting(p -> p.field())
						.containsExactlyInAnyOrder("name", "idNumber", "phone"));
		String id = PeopleFixtures.idNumber();
		people.upsert(COMMUNITY, row("范围甲", id, null, null), ChangeSource.IMPORT);
		assertThatThrownBy(() -> people.upsert(GRID_WORKER_2,
				new NewPerson("范围甲", null, id, null, null, null, null, null, null, null, null, null, null, null,
						"改", "410105560002001", null), ChangeSource.IMPORT))
			.isInstanceOf(OutOfScopeException.class);
	}
}
