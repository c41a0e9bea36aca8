package org.civicgrid.registry.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.DocumentType;
import org.civicgrid.registry.UpsertOutcome;
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
import tools.jackson.databind.json.JsonMapper;

/** {@link People} on the person and person_history tables. */
@Service
@Transactional
class PeopleService implements People {

	/** Roles that register and change people; the others on the staff side only read. */
	static final Role[] WRITERS = Writers.ROLES;

	private final StoredPeople people;
	private final StoredHistory history;
	private final PersonInput input;
	private final Identifiers identifiers;
	private final PersonReader reader;
	private final RevealDesk reveals;
	private final RegistrySettings settings;
	private final JsonMapper json;
	private final java.time.Clock clock;

	PeopleService(StoredPeople people, StoredHistory history, PersonInput input, Identifiers identifiers,
			PersonReader reader, RevealDesk reveals, RegistrySettings settings, JsonMapper json,
			java.time.Clock clock) {
		this.settings = settings;
		this.people = people;
		this.history = history;
		this.input = input;
		this.identifiers = identifiers;
		this.reader = reader;
		this.reveals = reveals;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public PersonView register(Caller caller, NewPerson person, ChangeSource source) {
		caller.requireRole(WRITERS);
		requireGridInScope(caller, person.gridCode());
		PersonData data = input.check(person);
		requireDocumentFree(data, null);
		Instant now = clock.instant();
		long id = people.insert(data, now);
		history.add(id, now, caller.username(), source, json.writeValueAsString(ChangeLog.between(null, data)));
		return PersonReader.view(people.find(id).orElseThrow());
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
			return new Upserted<>(register(caller, person, source), UpsertOutcome.CREATED);
		}
		PersonChange change = new PersonChange(person.name(), person.documentType(), person.idNumber(),
				person.phone(), person.sex(), person.birthDate(), person.ethnicity(), person.education(),
				person.employment(), person.politicalStatus(), person.registeredResidence(), person.actualResidence(),
				person.relationToHead(), person.tags(), person.notes(), person.gridCode(), person.buildingCode(), null);
		int before = reader.load(caller, existing).version();
		PersonView after = update(caller, existing, change, source);
		return new Upserted<>(after, after.version() == before ? UpsertOutcome.UNCHANGED : UpsertOutcome.UPDATED);
	}

	@Override
	public PersonView update(Caller caller, long id, PersonChange change, ChangeSource source) {
		caller.requireRole(WRITERS);
		StoredPerson current = reader.load(caller, id);
		requireGridInScope(caller, change.gridCode());
		PersonData next = input.check(Merge.apply(current.data().asInput(), change));
		requireDocumentFree(next, id);
		Map<String, Object> changes = ChangeLog.between(current.data(), next);
		if (changes.isEmpty()) {
			if (change.version() != null && change.version() != current.version()) {
				throw new ConflictException("registry.person.stale", change.version(), current.version());
			}
			return PersonReader.view(current);
		}
		Instant now = clock.instant();
		if (!people.update(id, next, now, change.version())) {
			throw new ConflictException("registry.person.stale", change.version(), current.version());
		}
		history.add(id, now, caller.username(), source, json.writeValueAsString(changes));
		return PersonReader.view(people.find(id).orElseThrow());
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
	@SuppressWarnings("unchecked")
	public List<PersonHistoryEntry> history(Caller caller, long id) {
		reader.load(caller, id);
		return history.of(id).stream()
			.map(r -> new PersonHistoryEntry(r.at(), r.actor(), r.source(), json.readValue(r.changes(), Map.class)))
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
			throw new ConflictException("registry.person.duplicate-document");
		}
	}
}
