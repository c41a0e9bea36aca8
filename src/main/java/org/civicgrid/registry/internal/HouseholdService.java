package org.civicgrid.registry.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.HistoryEntry;
import org.civicgrid.registry.HouseView;
import org.civicgrid.registry.HouseholdQuery;
import org.civicgrid.registry.HouseholdView;
import org.civicgrid.registry.Households;
import org.civicgrid.registry.NewHousehold;
import org.civicgrid.registry.NewHouseholdMember;
import org.civicgrid.registry.Upserted;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.masking.Masking;
import org.civicgrid.shared.text.Normalize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Households} on household and household_member; members are people of the registry. */
@Service
@Transactional
class HouseholdService implements Households {

	/** The relation that makes a member the head of the household. */
	static final String HEAD = "户主";

	private final StoredHouseholds households;
	private final StoredHouses houses;
	private final StoredPeople people;
	private final Identifiers identifiers;
	private final PersonReader personReader;
	private final RecordHistory history;
	private final RegionRefs refs;
	private final Upserts upserts;
	private final Upsert<StoredHouseholds.Row, WithMembers, HouseholdView> kind;

	/** A household as compared and written: its row and its members. */
	private record WithMembers(StoredHouseholds.Row row, List<StoredHouseholds.Member> members) {
	}

	HouseholdService(StoredHouseholds households, StoredHouses houses, StoredPeople people, Identifiers identifiers,
			PersonReader personReader, RecordHistory history, RegionRefs refs, Upserts upserts) {
		this.households = households;
		this.houses = houses;
		this.people = people;
		this.identifiers = identifiers;
		this.personReader = personReader;
		this.history = history;
		this.refs = refs;
		this.upserts = upserts;
		this.kind = new Upsert<>(RecordKind.HOUSEHOLD, StoredHouseholds.Row::id,
				r -> new WithMembers(r, households.members(r.id())), Upsert.byFields(this::fields),
				(h, now) -> {
					long id = households.insert(h.row(), now);
					households.replaceMembers(id, h.members());
					return id;
				}, (id, h, now) -> {
					households.update(id, h.row(), now);
					households.replaceMembers(id, h.members());
				}, id -> households.find(id).orElseThrow(), this::view);
	}

	@Override
	public Upserted<HouseholdView> upsert(Caller caller, NewHousehold in, ChangeSource source) {
		Writers.require(caller);
		RegionRefs.requireInScope(caller, Fields.code(in.gridCode()));
		Fields fields = new Fields();
		String number = Fields.code(in.number());
		if (number == null) {
			fields.required("number");
		}
		else if (number.length() > 30) {
			fields.add("number", "registry.person.too-long", 30);
		}
		HouseView house = house(in, fields);
		if (house != null) {
			caller.scope().require(house.gridCode());
		}
		boolean houseNamed = Fields.code(in.buildingCode()) != null || in.unit() != null || in.floor() != null
				|| Fields.code(in.room()) != null;
		String grid = refs.grid(in.gridCode(), "gridCode", !houseNamed, fields);
		if (grid == null && house != null && Fields.code(in.gridCode()) == null) {
			grid = house.gridCode();
		}
		else if (grid != null && house != null && !grid.equals(house.gridCode())) {
			fields.add("gridCode", "registry.household.grid-mismatch");
		}
		String address = fields.text(in.address(), "address", 200);
		Optional<StoredHouseholds.Row> current = number == null ? Optional.empty() : households.findByNumber(number);
		// moving a household needs its present grid in scope too
		current.ifPresent(r -> caller.scope().require(r.gridCode()));
		List<StoredHouseholds.Member> members = members(caller, in.members(), current.map(StoredHouseholds.Row::id),
				fields);
		fields.throwIfAny();
		Long head = members.stream().filter(m -> m.relation().equals(HEAD)).map(StoredHouseholds.Member::personId)
			.findFirst().orElse(null);
		StoredHouseholds.Row next = new StoredHouseholds.Row(0, number, grid, house == null ? null : house.id(), head,
				address, 0);
		return upserts.upsert(kind, current, new WithMembers(next, members), caller, source);
	}

	@Override
	@Transactional(readOnly = true)
	public HouseholdView get(Caller caller, long id) {
		return view(load(caller, id));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<HouseholdView> ofPerson(Caller caller, long personId) {
		personReader.load(caller, personId);
		return households.householdOf(personId).flatMap(households::find).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<HouseholdView> ofHouse(Caller caller, long houseId) {
		PersonReader.requireStaff(caller);
		HouseView house = houses.find(houseId)
			.orElseThrow(() -> new NotFoundException("registry.house.not-found", houseId));
		caller.scope().require(house.gridCode());
		return households.ofHouse(houseId).stream().map(this::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Paged<HouseholdView> search(Caller caller, HouseholdQuery query, PageRequest page) {
		return households.search(filter(caller, query), page).map(this::view);
	}

	/** The list's filter for a staff caller, checked. */
	static StoredHouseholds.Filter filter(Caller caller, HouseholdQuery query) {
		PersonReader.requireStaff(caller);
		return new StoredHouseholds.Filter(caller.scope().likePattern(), Queries.blankToNull(Normalize.text(query.q())),
				Queries.regionPattern(query.region()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(Caller caller, long id) {
		load(caller, id);
		return history.of(RecordKind.HOUSEHOLD, id);
	}

	private StoredHouseholds.Row load(Caller caller, long id) {
		PersonReader.requireStaff(caller);
		StoredHouseholds.Row row = households.find(id)
			.orElseThrow(() -> new NotFoundException("registry.household.not-found", id));
		caller.scope().require(row.gridCode());
		return row;
	}

	/** The house named by building, unit, floor and room, when any of them is given; it must exist. */
	private HouseView house(NewHousehold in, Fields fields) {
		String building = Fields.code(in.buildingCode());
		String room = Fields.code(in.room());
		if (building == null && in.unit() == null && in.floor() == null && room == null) {
			return null;
		}
		if (building == null || in.unit() == null || in.floor() == null || room == null) {
			fields.add("house", "registry.household.house-incomplete");
			return null;
		}
		Optional<HouseView> house = houses.findByKey(building, in.unit(), in.floor(), room);
		if (house.isEmpty()) {
			fields.add("house", "registry.household.house-unknown");
			return null;
		}
		return house.get();
	}

	private List<StoredHouseholds.Member> members(Caller caller, List<NewHouseholdMember> raw,
			Optional<Long> self, Fields fields) {
		List<StoredHouseholds.Member> members = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		int heads = 0;
		List<NewHouseholdMember> given = raw == null ? List.of() : raw;
		for (int i = 0; i < given.size(); i++) {
			NewHouseholdMember m = given.get(i);
			int position = i + 1;
			Long personId = m == null ? null : person(m);
			String relation = m == null ? null : Queries.blankToNull(Normalize.text(m.relation()));
			if (personId == null) {
				fields.add("members", "registry.household.member-unknown", position);
				continue;
			}
			caller.scope().require(people.gridOf(personId).orElseThrow());
			if (relation == null || relation.length() > 20) {
				fields.add("members", "registry.household.relation", position);
				continue;
			}
			if (!seen.add(personId)) {
				fields.add("members", "registry.household.member-twice", position);
				continue;
			}
			Optional<Long> elsewhere = households.householdOf(personId);
			if (elsewhere.isPresent() && !elsewhere.equals(self)) {
				fields.add("members", "registry.household.member-elsewhere", position);
				continue;
			}
			heads += relation.equals(HEAD) ? 1 : 0;
			members.add(new StoredHouseholds.Member(personId, relation));
		}
		if (!given.isEmpty() && heads != 1) {
			fields.add("members", "registry.household.head", HEAD);
		}
		return members;
	}

	private Long person(NewHouseholdMember m) {
		if (m.personId() != null) {
			return people.gridOf(m.personId()).isPresent() ? m.personId() : null;
		}
		String number = Fields.code(m.idNumber());
		return number == null ? null
				: people.idOfDocument(identifiers.documentHashes(number.toUpperCase(Locale.ROOT))).orElse(null);
	}

	private Map<String, Object> fields(WithMembers household) {
		StoredHouseholds.Row r = household.row();
		Map<String, Object> f = new LinkedHashMap<>();
		f.put("number", r.number());
		f.put("gridCode", r.gridCode());
		f.put("house", r.houseId() == null ? null : houses.find(r.houseId()).map(h -> h.buildingCode() + " " + h.label()).orElse(null));
		f.put("address", r.address());
		f.put("members", household.members().stream().map(m -> m.personId() + ":" + m.relation()).toList());
		return f;
	}

	private HouseholdView view(StoredHouseholds.Row r) {
		List<HouseholdView.Member> members = households.members(r.id()).stream().map(m -> {
			PersonData d = people.find(m.personId()).orElseThrow().data();
			return new HouseholdView.Member(m.personId(), d.name(), m.relation(), Masking.idNumber(d.idNumber()));
		}).toList();
		HouseView house = r.houseId() == null ? null : houses.find(r.houseId()).orElse(null);
		return new HouseholdView(r.id(), r.number(), r.gridCode(), house, r.address(), r.headPersonId(), members,
				r.version());
	}
}
