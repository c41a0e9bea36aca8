package org.civicgrid.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicgrid.registry.Occupancy;
import org.civicgrid.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cell cleaning every import kind shares: what Excel and people do to numbers, dates and labels. */
class ImportCellsTests {

	private final List<FieldProblem> problems = new ArrayList<>();

	@Test
	void numbersStoredAsNumbersComeBackAsDigits() {
		assertThat(ImportCells.number("1.3812345678E10")).isEqualTo("13812345678");
		assertThat(ImportCells.number("4101050101000001.0")).isEqualTo("4101050101000001");
		assertThat(ImportCells.number(" ４１０１０５ ")).isEqualTo("410105");
		assertThat(ImportCells.number("  ")).isNull();
		assertThat(ImportCells.code("T1 02")).isEqualTo("T102");
	}

	@Test
	void wholeNumbersDecimalsAndCoordinatesAreReadOrNamed() {
		assertThat(ImportCells.integer("3.0", "floor", problems)).isEqualTo(3);
		assertThat(ImportCells.integer("１２层", "floor", problems)).isEqualTo(12);
		assertThat(ImportCells.integer("-1", "floor", problems)).isEqualTo(-1);
		assertThat(ImportCells.decimal("89.5㎡", "area", problems)).isEqualByComparingTo(new BigDecimal("89.5"));
		assertThat(ImportCells.coordinate("3.478E1", "lat", problems)).isEqualTo(34.78);
		assertThat(problems).isEmpty();
		assertThat(ImportCells.integer("二", "floor", problems)).isNull();
		assertThat(ImportCells.decimal("很大", "area", problems)).isNull();
		assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("floor", "registry.import.integer"),
					org.assertj.core.groups.Tuple.tuple("area", "registry.import.decimal"));
	}

	@Test
	void datesAreReadInEveryWayTheyAreTyped() {
		LocalDate d = LocalDate.of(2024, 1, 31);
		for (String typed : List.of("2024-01-31", "2024/1/31", "2024.1.31", "2024年1月31日", "20240131", "45322",
				"45322.0")) {
			assertThat(ImportCells.date(typed, "d", problems)).as(typed).isEqualTo(d);
		}
		assertThat(problems).isEmpty();
		assertThat(ImportCells.date("去年", "since", problems)).isNull();
		assertThat(problems.get(0).field()).isEqualTo("since");
	}

	@Test
	void choicesAreReadByChineseLabelOrConstantAndAnUnknownOneListsTheLabels() {
		Map<String, Occupancy> labels = Map.of("自住", Occupancy.OWNER_OCCUPIED, "出租", Occupancy.RENTED);
		assertThat(ImportCells.choice(" 出租 ", "occupancy", labels, Occupancy.class, problems))
			.isEqualTo(Occupancy.RENTED);
		assertThat(ImportCells.choice("vacant", "occupancy", labels, Occupancy.class, problems))
			.isEqualTo(Occupancy.VACANT);
		assertThat(ImportCells.choice("借住", "occupancy", labels, Occupancy.class, problems)).isNull();
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.messageKey()).isEqualTo("registry.import.choice");
			assertThat(p.args()[0].toString()).contains("自住").contains("出租");
		});
	}

	@Test
	void aBlankCellKeepsTheStoredValue() {
		assertThat(ImportCells.keep(null, "stored")).isEqualTo("stored");
		assertThat(ImportCells.keep("given", "stored")).isEqualTo("given");
	}
}
