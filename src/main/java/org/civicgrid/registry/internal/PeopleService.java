package org.civicgrid.registry.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.DocumentType;
import org.civicgrid.registry.Upserted;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.registry.NewPerson;
import org.civicgrid.registry.People;
import org.civicgrid.registry.PersonChange;
import org.civicgrid.registry.PersonHistoryEntry;
import org.civicgrid.registry.PersonQuery;
import org.civicgrid.registry.PersonView;
import org.civicgrid.registry.RevealedIdentifiers;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.text.Normalize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link People} on the person and person_history tables. */
@Service
@Transactional
class PeopleService implements People {

	/** Roles that register and change people; the others on the staff side only read. */
	static final Role[] WRITERS = Writers.ROLES;

	private final StoredPeople people;
	private final RecordHistory history;
	private final Upserts upserts;
	private final PersonInput input;
	private final Identifiers identifiers;
	private final PersonReader reader;
	private final RevealDesk reveals;
	private final RegistrySettings settings;

	PeopleService(StoredPeople people, RecordHistory history, Upserts upserts, PersonInput input,
			Identifiers identifiers, PersonReader reader, RevealDesk reveals, RegistrySettings settings) {
		this.settings = settings;
		this.people = people;
		this.history = history;
		this.upserts = upserts;
		this.input = input;
		this.identifiers = identifiers;
		this.reader = reader;
		this.reveals = reveals;
	}

	@Override
	public PersonView register(Caller caller, NewPerson person, ChangeSource source) {
		return create(caller, person, source).item();
	}

	@Override
	public Upserted<PersonView> upsert(Caller caller, NewPerson person, ChangeSource source) {
		caller.requireRole(WRITERS);
		String number = Normalize.compact(person.idNumber());
		if (number == null || number.isEmpty()) {
			throw new InvalidInputException(List.of(FieldProblem.of("idNumber", "validation.required")));
		}
		DocumentType type = person.documentType() == null ? DocumentType.ID_CARD : person.documentType();
		PersonData canonical = input.check(person);
		Long existing = people.idOfDocument(List.of(identifiers.documentHash(type, canonical.idNumber())))
			.orElse(null);
		if (existing == null) {
			return create(caller, person, source);
		}
		PersonChange change = new PersonChange(person.name(), person.documentType(), person.idNumber(),
				person.phone(), person.sex(), person.birthDate(), person.ethnicity(), person.education(),
				person.employment(), person.politicalStatus(), person.registeredResidence(), person.actualResidence(),
				person.relationToHead(), person.tags(), person.notes(), person.gridCode(), person.buildingCode(), null);
		return change(caller, existing, change, source);
	}

	@Override
	public PersonView update(Caller caller, long id, PersonChange change, ChangeSource source) {
		return change(caller, id, change, source).item();
	}

	private Upserted<PersonView> create(Caller caller, NewPerson person, ChangeSource source) {
		caller.requireRole(WRITERS);
		requireGridInScope(caller, person.gridCode());
		PersonData data = input.check(person);
		requireDocumentFree(data, null);
		return upserts.upsert(kind(null), Optional.empty(), data, caller, source);
	}

	/** The change laid over the stored person; a stale {@code version} is a conflict, changed or not. */
	private Upserted<PersonView> change(Caller caller, long id, PersonChange change, ChangeSource source) {
		caller.requireRole(WRITERS);
		StoredPerson current = reader.load(caller, id);
		requireGridInScope(caller, change.gridCode());
		PersonData next = input.check(Merge.apply(current.data().asInput(), change));
		requireDocumentFree(next, id);
		if (change.version() != null && change.version() != current.version()) {
			throw new ConflictException("registry.person.stale", change.version(), current.version());
		}
		return upserts.upsert(kind(change.version()), Optional.of(current), next, caller, source);
	}

	/**
	 * People as {@link Upserts} writes them: changes told by {@link ChangeLog} (identifiers masked), an update
	 * refused as stale when {@code expectedVersion} is given and another write came first.
	 */
	private Upsert<StoredPerson, PersonData, PersonView> kind(Integer expectedVersion) {
		return new Upsert<>(RecordKind.PERSON, StoredPerson::id, StoredPerson::data, ChangeLog::between,
				people::insert, (id, data, now) -> {
					if (!people.update(id, data, now, expectedVersion)) {
						throw new ConflictException("registry.person.stale", expectedVersion,
								people.find(id).map(StoredPerson::version).orElse(null));
					}
				}, id -> people.find(id).orElseThrow(), PersonReader::view);
	}

	@Override
	@Transactional(readOnly = true)
	public PersonView get(Caller caller, long id) {
		return PersonReader.view(reader.load(caller, id));
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<String> phoneLookupHash(Caller caller, long id) {
		String phone = reader.load(caller, id).data().phone();
		return java.util.Optional.ofNullable(phone).map(identifiers::phoneHash);
	}

	@Override
	@Transactional(readOnly = true)
	public Paged<PersonView> search(Caller caller, PersonQuery query, PageRequest page) {
		return reader.search(caller, query, page);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonHistoryEntry> history(Caller caller, long id) {
		reader.load(caller, id);
		return history.of(RecordKind.PERSON, id).stream()
			.map(e -> new PersonHistoryEntry(e.at(), e.actor(), e.source(), e.changes()))
			.toList();
	}

	@Override
	public RevealedIdentifiers reveal(Caller caller, long id, String reason, String remoteAddr) {
		return reveals.reveal(caller, id, reason, remoteAddr);
	}

	@Override
	public boolean canReveal(Caller caller) {
		return reveals.mayReveal(caller);
	}

	@Override
	public List<String> tags() {
		return settings.tags();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Long> tagCounts(Caller caller) {
		PersonReader.requireStaff(caller);
		Map<String, Long> stored = people.tagCounts(caller.scope().likePattern());
		Map<String, Long> counts = new LinkedHashMap<>();
		settings.tags().forEach(tag -> counts.put(tag, stored.getOrDefault(tag, 0L)));
		return counts;
	}

	private static void requireGridInScope(Caller caller, String gridCode) {
		String grid = Normalize.compact(gridCode);
		if (grid != null && !grid.isEmpty()) {
			caller.scope().require(grid);
		}
	}

	private void requireDocumentFree(PersonData data, Long self) {
		if (data.idNumber() != null
				&& people.documentTaken(identifiers.documentHash(data.documentType(), data.idNumber()), self)) {
			throw ConflictException.on("idNumber", "registry.person.duplicate-document");
		}
	}
}
