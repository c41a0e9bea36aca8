package org.civicgrid.registry.internal;

import java.util.List;
import java.util.Optional;

import org.civicgrid.registry.BuildingRecordView;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.HistoryEntry;
import org.civicgrid.registry.HouseQuery;
import org.civicgrid.registry.HouseView;
import org.civicgrid.registry.Houses;
import org.civicgrid.registry.NewHouse;
import org.civicgrid.registry.Upserted;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.text.Normalize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Houses} on the house table. */
@Service
@Transactional
class HouseService implements Houses {

	private final StoredHouses houses;
	private final StoredBuildings buildings;
	private final RecordHistory history;
	private final RegionRefs refs;
	private final Upserts upserts;
	private final Upsert<HouseView, StoredHouses.Data, HouseView> kind;

	HouseService(StoredHouses houses, StoredBuildings buildings, RecordHistory history, RegionRefs refs,
			Upserts upserts) {
		this.houses = houses;
		this.buildings = buildings;
		this.history = history;
		this.refs = refs;
		this.upserts = upserts;
		this.kind = new Upsert<>(RecordKind.HOUSE, HouseView::id, StoredHouses.Data::of,
				Upsert.byFields(StoredHouses.Data::fields), houses::insert, houses::update,
				id -> houses.find(id).orElseThrow(), house -> house);
	}

	@Override
	public Upserted<HouseView> upsert(Caller caller, NewHouse in, ChangeSource source) {
		Writers.require(caller);
		RegionRefs.requireInScope(caller, Fields.code(in.buildingCode()));
		StoredHouses.Data data = check(in);
		return upserts.upsert(kind, houses.findByKey(data.buildingCode(), data.unit(), data.floor(), data.room()),
				data, caller, source);
	}

	@Override
	@Transactional(readOnly = true)
	public HouseView get(Caller caller, long id) {
		PersonReader.requireStaff(caller);
		HouseView house = houses.find(id).orElseThrow(() -> new NotFoundException("registry.house.not-found", id));
		caller.scope().require(house.gridCode());
		return house;
	}

	@Override
	@Transactional(readOnly = true)
	public Paged<HouseView> search(Caller caller, HouseQuery query, PageRequest page) {
		return houses.search(filter(caller, query), page);
	}

	/** The list's filter for a staff caller, checked: a building code must have a building's 18 digits. */
	static StoredHouses.Filter filter(Caller caller, HouseQuery query) {
		PersonReader.requireStaff(caller);
		String building = Fields.code(query.buildingCode());
		if (building != null && RegionLevel.ofCode(building).orElse(null) != RegionLevel.BUILDING) {
			throw InvalidInputException.of("buildingCode", "registry.house.building-format", building);
		}
		return new StoredHouses.Filter(caller.scope().likePattern(), Queries.blankToNull(Normalize.text(query.address())),
				building, query.occupancy(), Queries.regionPattern(query.region()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(Caller caller, long id) {
		get(caller, id);
		return history.of(RecordKind.HOUSE, id);
	}

	private StoredHouses.Data check(NewHouse in) {
		Fields fields = new Fields();
		String building = refs.building(in.buildingCode(), "buildingCode", true, fields);
		Optional<BuildingRecordView> record = building == null ? Optional.empty() : buildings.find(building);
		int maxUnit = record.map(BuildingRecordView::units).orElse(50);
		int maxFloor = record.map(BuildingRecordView::floors).orElse(200);
		Integer unit = fields.number(in.unit(), "unit", 1, maxUnit, true);
		Integer floor = fields.number(in.floor(), "floor", -5, maxFloor, true);
		String room = Fields.code(in.room());
		if (room == null) {
			fields.required("room");
		}
		else if (room.length() > 10) {
			fields.add("room", "registry.person.too-long", 10);
		}
		if (in.occupancy() == null) {
			fields.required("occupancy");
		}
		var area = fields.positive(in.area(), "area", 6);
		String use = fields.text(in.use(), "use", 20);
		String address = fields.text(in.address(), "address", 200);
		fields.throwIfAny();
		return new StoredHouses.Data(building, RegionRefs.gridOf(building), unit, floor, room, in.occupancy(),
				area == null ? null : area.setScale(2, java.math.RoundingMode.HALF_UP), use, address);
	}
}
