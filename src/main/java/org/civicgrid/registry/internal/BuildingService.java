package org.civicgrid.registry.internal;

import java.util.List;

import org.civicgrid.region.Regions;
import org.civicgrid.registry.BuildingRecordView;
import org.civicgrid.registry.BuildingView;
import org.civicgrid.registry.Buildings;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.HistoryEntry;
import org.civicgrid.registry.NewBuildingRecord;
import org.civicgrid.registry.Upserted;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Buildings} on building_record and house; the building itself is a region of level BUILDING. */
@Service
@Transactional
class BuildingService implements Buildings {

	private final StoredBuildings buildings;
	private final StoredHouses houses;
	private final RecordHistory history;
	private final RegionRefs refs;
	private final Regions regions;
	private final Upserts upserts;
	private final Upsert<BuildingRecordView, StoredBuildings.Data, BuildingRecordView> kind;

	BuildingService(StoredBuildings buildings, StoredHouses houses, RecordHistory history, RegionRefs refs,
			Regions regions, Upserts upserts) {
		this.buildings = buildings;
		this.houses = houses;
		this.history = history;
		this.refs = refs;
		this.regions = regions;
		this.upserts = upserts;
		this.kind = new Upsert<>(RecordKind.BUILDING, BuildingRecordView::id, StoredBuildings.Data::of,
				Upsert.byFields(StoredBuildings.Data::fields), buildings::insert, buildings::update,
				id -> buildings.find(id).orElseThrow(), this::named);
	}

	@Override
	public Upserted<BuildingRecordView> upsert(Caller caller, NewBuildingRecord in, ChangeSource source) {
		Writers.require(caller);
		RegionRefs.requireInScope(caller, Fields.code(in.code()));
		Fields fields = new Fields();
		String code = refs.building(in.code(), "code", true, fields);
		StoredBuildings.Data data = new StoredBuildings.Data(code, RegionRefs.gridOf(code),
				fields.text(in.address(), "address", 200), orZero(fields.number(in.floors(), "floors", 1, 200, true)),
				orZero(fields.number(in.units(), "units", 1, 50, true)),
				fields.text(in.propertyCompany(), "propertyCompany", 100),
				fields.text(in.buildingLeader(), "buildingLeader", 50));
		fields.throwIfAny();
		return upserts.upsert(kind, buildings.find(code), data, caller, source);
	}

	@Override
	@Transactional(readOnly = true)
	public BuildingView get(Caller caller, String code) {
		PersonReader.requireStaff(caller);
		String building = Fields.code(code);
		if (building == null || building.length() != 18 || !refs.exists(building)) {
			throw new NotFoundException("registry.building.not-found", code);
		}
		caller.scope().require(building);
		String name = regions.detail(RegionScope.ALL, RegionCode.of(building)).name();
		BuildingRecordView record = buildings.find(building).map(this::named).orElse(null);
		return new BuildingView(building, name, RegionRefs.gridOf(building), record, houses.ofBuilding(building));
	}

	@Override
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(Caller caller, String code) {
		BuildingView building = get(caller, code);
		return building.record() == null ? List.of() : history.of(RecordKind.BUILDING, building.record().id());
	}

	private BuildingRecordView named(BuildingRecordView v) {
		String name = regions.detail(RegionScope.ALL, RegionCode.of(v.code())).name();
		return new BuildingRecordView(v.id(), v.code(), name, v.gridCode(), v.address(), v.floors(), v.units(),
				v.propertyCompany(), v.buildingLeader(), v.updatedAt(), v.version());
	}

	private static int orZero(Integer n) {
		return n == null ? 0 : n;
	}
}
