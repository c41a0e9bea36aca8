package org.civicgrid.registry;

import java.util.List;
import java.util.Map;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;

/**
 * The people of the registry (人口). Every method acts for a {@link Caller} and keeps to the caller's region scope:
 * staff see the people whose grid lies under their region code; residents and volunteers are refused
 * ({@link org.civicgrid.shared.NotPermittedException}). A single person outside the scope is refused with
 * {@link org.civicgrid.shared.OutOfScopeException}; lists leave such people out. Views carry ID and phone numbers
 * masked; {@link #reveal} is the only way to the clear values.
 */
public interface People {

	/**
	 * Registers a person in a grid of the caller's scope and records the first history entry.
	 *
	 * @throws org.civicgrid.shared.InvalidInputException (422) naming every invalid field: an ID number with a
	 *         wrong check digit, an unknown grid, an unknown tag
	 * @throws org.civicgrid.shared.OutOfScopeException when the grid lies outside the caller's scope
	 * @throws org.civicgrid.shared.ConflictException when a person with the same document number exists
	 */
	PersonView register(Caller caller, NewPerson person, ChangeSource source);

	/**
	 * Registers or updates a person by document number (the natural key of an import row): a new number registers,
	 * a known one takes the given fields (null keeps a field, as in {@link #update}) and records the change; the
	 * same row twice is {@link UpsertOutcome#UNCHANGED} and writes nothing.
	 *
	 * @throws org.civicgrid.shared.InvalidInputException naming every invalid field; {@code idNumber} is required
	 * @throws org.civicgrid.shared.OutOfScopeException when the person or the new grid lies outside the scope
	 */
	Upserted<PersonView> upsert(Caller caller, NewPerson person, ChangeSource source);

	/**
	 * Changes the given fields and records what changed (identifiers masked) in the person's history.
	 *
	 * @throws org.civicgrid.shared.NotFoundException when there is no such person
	 * @throws org.civicgrid.shared.ConflictException on a stale {@code version} or a duplicate document number
	 */
	PersonView update(Caller caller, long id, PersonChange change, ChangeSource source);

	/** One person, masked. */
	PersonView get(Caller caller, long id);

	/** People in the caller's scope matching every given criterion, masked, in registration order. */
	Paged<PersonView> search(Caller caller, PersonQuery query, PageRequest page);

	/** A person's changes, newest first. */
	List<PersonHistoryEntry> history(Caller caller, long id);

	/**
	 * The person's ID number and phone in clear, for a caller whose role may reveal them (configured in
	 * {@code civicgrid.registry.reveal-roles}). Writes {@code PERSONAL_DATA_REVEALED} to the audit trail with the
	 * reason; a refused attempt writes {@code PERSONAL_DATA_REVEAL_REFUSED}.
	 *
	 * @param reason why the caller needs the numbers, at least 4 characters (422 otherwise)
	 * @throws org.civicgrid.shared.NotPermittedException when the caller's role may not reveal
	 */
	RevealedIdentifiers reveal(Caller caller, long id, String reason, String remoteAddr);

	/**
	 * The lookup hash of the person's phone number: the vault's keyed hash, the one other modules keep beside a
	 * phone number they seal (a reporter's contact on a case), so the person's records elsewhere can be found without
	 * the number leaving the registry. Empty without a phone. Scope and refusals as {@link #get}.
	 */
	java.util.Optional<String> phoneLookupHash(Caller caller, long id);

	/** Whether the caller's role may {@link #reveal} identifiers ({@code civicgrid.registry.reveal-roles}). */
	boolean canReveal(Caller caller);

	/** The tags a person can carry ({@code civicgrid.registry.tags}), in their configured order. */
	List<String> tags();

	/**
	 * How many people in the caller's scope carry each configured tag, in the configured order, zero included.
	 *
	 * @throws org.civicgrid.shared.NotPermittedException when the caller is not staff
	 */
	Map<String, Long> tagCounts(Caller caller);
}
