package org.civicgrid.registry.internal;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.registry.Buildings;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.NewBuildingRecord;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Building records (楼栋) from a sheet, keyed by the building's region code, which must exist already (buildings
 * are regions; an import never invents one); upserted through {@link Buildings}. A blank cell keeps the stored
 * value.
 */
@Component
@Order(6)
class BuildingImportKind implements ImportKind<NewBuildingRecord> {

	private static final List<ImportColumn> COLUMNS = List.of(
			ImportColumn.required("楼栋编码", "code", TemplateExamples.BUILDING, "楼栋代码"),
			ImportColumn.optional("层数", "floors", "18", "楼层数", "总层数"),
			ImportColumn.optional("单元数", "units", "3", "单元总数"),
			ImportColumn.optional("地址", "address", "如意湖小区3号楼", "楼栋地址"),
			ImportColumn.optional("物业公司", "propertyCompany", "正商物业", "物业"),
			ImportColumn.optional("楼栋长", "buildingLeader", "李四", "楼长"));

	private final Buildings buildings;
	private final StoredBuildings stored;
	private final RecordUpserts upserts;

	BuildingImportKind(Buildings buildings, StoredBuildings stored, RecordUpserts upserts) {
		this.buildings = buildings;
		this.stored = stored;
		this.upserts = upserts;
	}

	@Override
	public String name() {
		return "building";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public NewBuildingRecord read(ImportRow row, ImportContext context) {
		List<FieldProblem> problems = new ArrayList<>();
		String code = ImportCells.code(row.get("code"));
		if (code == null) {
			problems.add(FieldProblem.of("code", "validation.required"));
		}
		context.requireInScope(code, "code", "registry.import.building-out-of-scope", problems);
		Integer floors = ImportCells.integer(row.get("floors"), "floors", problems);
		Integer units = ImportCells.integer(row.get("units"), "units", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewBuildingRecord(code, ImportCells.text(row.get("address")), floors, units,
				ImportCells.text(row.get("propertyCompany")), ImportCells.text(row.get("buildingLeader")));
	}

	@Override
	public String keyField() {
		return "code";
	}

	@Override
	public String key(NewBuildingRecord command) {
		return command.code();
	}

	@Override
	public List<RowOutcome> upsert(List<NewBuildingRecord> batch, ImportContext context) {
		return upserts.upsert(batch, keyField(),
				b -> buildings.upsert(context.caller(), withStored(b), ChangeSource.IMPORT));
	}

	private NewBuildingRecord withStored(NewBuildingRecord b) {
		return stored.find(b.code())
			.map(s -> new NewBuildingRecord(b.code(), ImportCells.keep(b.address(), s.address()),
					ImportCells.keep(b.floors(), s.floors()), ImportCells.keep(b.units(), s.units()),
					ImportCells.keep(b.propertyCompany(), s.propertyCompany()),
					ImportCells.keep(b.buildingLeader(), s.buildingLeader())))
			.orElse(b);
	}
}
