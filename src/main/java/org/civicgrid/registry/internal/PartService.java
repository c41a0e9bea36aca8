package org.civicgrid.registry.internal;

import java.util.List;
import java.util.Optional;

import org.civicgrid.region.ContactCard;
import org.civicgrid.region.Regions;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.ComponentCode;
import org.civicgrid.registry.HistoryEntry;
import org.civicgrid.registry.NewPart;
import org.civicgrid.registry.PartQuery;
import org.civicgrid.registry.PartState;
import org.civicgrid.registry.PartView;
import org.civicgrid.registry.Parts;
import org.civicgrid.registry.Upserted;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Parts} on the part table; without a grid code, the grid is the one the location lies in. */
@Service
@Transactional
class PartService implements Parts {

	private final StoredParts parts;
	private final RecordHistory history;
	private final RegionRefs refs;
	private final Regions regions;
	private final Upserts upserts;
	private final Upsert<PartView, StoredParts.Data, PartView> kind;

	PartService(StoredParts parts, RecordHistory history, RegionRefs refs, Regions regions, Upserts upserts) {
		this.parts = parts;
		this.history = history;
		this.refs = refs;
		this.regions = regions;
		this.upserts = upserts;
		this.kind = new Upsert<>(RecordKind.PART, PartView::id, StoredParts.Data::of,
				Upsert.byFields(StoredParts.Data::fields), parts::insert, parts::update,
				id -> parts.find(id).orElseThrow(), part -> part);
	}

	@Override
	public Upserted<PartView> upsert(Caller caller, NewPart in, ChangeSource source) {
		Writers.require(caller);
		RegionRefs.requireInScope(caller, Fields.code(in.gridCode()));
		Fields fields = new Fields();
		ComponentCode code = fields.parse("code", () -> ComponentCode.parse(in.code()));
		boolean located = in.lat() != null && in.lng() != null;
		if ((in.lat() == null) != (in.lng() == null)) {
			fields.add(in.lat() == null ? "lat" : "lng", "validation.required");
		}
		if (in.lat() != null && (in.lat() < 3 || in.lat() > 54)) {
			fields.add("lat", "registry.part.location");
		}
		if (in.lng() != null && (in.lng() < 73 || in.lng() > 136)) {
			fields.add("lng", "registry.part.location");
		}
		String grid = refs.grid(in.gridCode(), "gridCode", !located, fields);
		if (grid == null && located && Fields.code(in.gridCode()) == null && !fields.hasProblems()) {
			grid = regions.locate(in.lat(), in.lng()).map(ContactCard::grid).map(g -> g.code()).orElse(null);
			if (grid == null) {
				fields.add("gridCode", "registry.part.outside-grids");
			}
		}
		StoredParts.Data data = new StoredParts.Data(code == null ? null : code.value(),
				fields.text(in.name(), "name", 50), fields.text(in.ownerUnit(), "ownerUnit", 100),
				fields.text(in.maintainer(), "maintainer", 100), in.state() == null ? PartState.IN_USE : in.state(),
				in.lat(), in.lng(), grid);
		fields.throwIfAny();
		caller.scope().require(grid);
		Optional<PartView> current = parts.findByCode(data.code());
		current.ifPresent(p -> caller.scope().require(p.gridCode()));
		return upserts.upsert(kind, current, data, caller, source);
	}

	@Override
	@Transactional(readOnly = true)
	public PartView get(Caller caller, long id) {
		PersonReader.requireStaff(caller);
		PartView part = parts.find(id).orElseThrow(() -> new NotFoundException("registry.part.not-found", id));
		caller.scope().require(part.gridCode());
		return part;
	}

	@Override
	@Transactional(readOnly = true)
	public Paged<PartView> search(Caller caller, PartQuery query, PageRequest page) {
		return parts.search(filter(caller, query), page);
	}

	/** The list's filter for a staff caller, checked: a code prefix of digits, a class code of four. */
	static StoredParts.Filter filter(Caller caller, PartQuery query) {
		PersonReader.requireStaff(caller);
		String code = Fields.code(query.code());
		if (code != null && !code.chars().allMatch(Character::isDigit)) {
			throw InvalidInputException.of("code", "registry.component-code.characters");
		}
		String classCode = Fields.code(query.classCode());
		if (classCode != null && !classCode.matches("\\d{4}")) {
			throw InvalidInputException.of("classCode", "registry.part.class-code");
		}
		return new StoredParts.Filter(caller.scope().likePattern(), code, classCode, query.state(),
				Queries.regionPattern(query.region()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(Caller caller, long id) {
		get(caller, id);
		return history.of(RecordKind.PART, id);
	}
}
