package org.civicgrid.registry.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.Houses;
import org.civicgrid.registry.NewHouse;
import org.civicgrid.registry.Occupancy;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Houses and rooms (房屋) from a sheet, keyed by building code, unit, floor and room; upserted through
 * {@link Houses}. A building that does not exist is reported on the row, never invented. A blank cell keeps the
 * stored value.
 */
@Component
@Order(3)
class HouseImportKind implements ImportKind<NewHouse> {

	private static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("楼栋编码", "buildingCode", TemplateExamples.BUILDING, "楼栋代码"),
			ImportColumn.required("单元", "unit", TemplateExamples.UNIT, "单元号"),
			ImportColumn.required("楼层", "floor", TemplateExamples.FLOOR, "层"),
			ImportColumn.required("房号", "room", TemplateExamples.ROOM, "房间号", "门牌号"),
			ImportColumn.optional("房屋性质", "occupancy", "自住", "居住状态", "使用性质"),
			ImportColumn.optional("面积", "area", "89.5", "建筑面积", "面积(平方米)", "面积(㎡)"),
			ImportColumn.optional("用途", "use", "住宅", "房屋用途"),
			ImportColumn.optional("地址", "address", TemplateExamples.ADDRESS, "房屋地址"));

	private static final Map<String, Occupancy> OCCUPANCIES = new LinkedHashMap<>();

	static {
		OCCUPANCIES.put("自住", Occupancy.OWNER_OCCUPIED);
		OCCUPANCIES.put("自用", Occupancy.OWNER_OCCUPIED);
		OCCUPANCIES.put("出租", Occupancy.RENTED);
		OCCUPANCIES.put("租住", Occupancy.RENTED);
		OCCUPANCIES.put("空置", Occupancy.VACANT);
		OCCUPANCIES.put("闲置", Occupancy.VACANT);
	}

	private final Houses houses;
	private final StoredHouses stored;
	private final RecordUpserts upserts;

	HouseImportKind(Houses houses, StoredHouses stored, RecordUpserts upserts) {
		this.houses = houses;
		this.stored = stored;
		this.upserts = upserts;
	}

	/** The Chinese label a sheet uses for the occupancy (自住, 出租, 空置). */
	static String label(Occupancy occupancy) {
		return ImportCells.label(OCCUPANCIES, occupancy);
	}

	@Override
	public String name() {
		return "house";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public NewHouse read(ImportRow row, ImportContext context) {
		List<FieldProblem> problems = new ArrayList<>();
		String building = ImportCells.code(row.get("buildingCode"));
		if (building == null) {
			problems.add(FieldProblem.of("buildingCode", "validation.required"));
		}
		context.requireInScope(building, "buildingCode", "registry.import.building-out-of-scope", problems);
		Integer unit = ImportCells.integer(row.get("unit"), "unit", problems);
		Integer floor = ImportCells.integer(row.get("floor"), "floor", problems);
		String room = ImportCells.code(row.get("room"));
		for (String field : List.of("unit", "floor", "room")) {
			if (ImportCells.text(row.get(field)) == null) {
				problems.add(FieldProblem.of(field, "validation.required"));
			}
		}
		Occupancy occupancy = ImportCells.choice(row.get("occupancy"), "occupancy", OCCUPANCIES, Occupancy.class,
				problems);
		BigDecimal area = ImportCells.decimal(row.get("area"), "area", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewHouse(building, unit, floor, room, occupancy, area, ImportCells.text(row.get("use")),
				ImportCells.text(row.get("address")));
	}

	@Override
	public String keyField() {
		return "room";
	}

	@Override
	public String keyLabel() {
		return "楼栋编码、单元、楼层和房号";
	}

	@Override
	public String key(NewHouse h) {
		return h.buildingCode() + "|" + h.unit() + "|" + h.floor() + "|" + h.room();
	}

	@Override
	public List<RowOutcome> upsert(List<NewHouse> batch, ImportContext context) {
		return upserts.upsert(batch, "buildingCode",
				h -> houses.upsert(context.caller(), withStored(h), ChangeSource.IMPORT));
	}

	/** The row with its blank cells filled from the stored house, if any. */
	private NewHouse withStored(NewHouse h) {
		return stored.findByKey(h.buildingCode(), h.unit(), h.floor(), h.room())
			.map(s -> new NewHouse(h.buildingCode(), h.unit(), h.floor(), h.room(),
					ImportCells.keep(h.occupancy(), s.occupancy()), ImportCells.keep(h.area(), s.area()),
					ImportCells.keep(h.use(), s.use()), ImportCells.keep(h.address(), s.address())))
			.orElse(h);
	}
}
