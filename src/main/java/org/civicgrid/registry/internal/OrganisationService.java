package org.civicgrid.registry.internal;

import java.util.List;
import java.util.Optional;

import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.CreditCode;
import org.civicgrid.registry.HistoryEntry;
import org.civicgrid.registry.NewOrganisation;
import org.civicgrid.registry.OrganisationQuery;
import org.civicgrid.registry.OrganisationView;
import org.civicgrid.registry.Organisations;
import org.civicgrid.registry.PhoneNumber;
import org.civicgrid.registry.RevealedContact;
import org.civicgrid.registry.Upserted;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.masking.Masking;
import org.civicgrid.shared.text.Normalize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Organisations} on the organisation table; reveals are audited like a person's. */
@Service
@Transactional
class OrganisationService implements Organisations {

	private final StoredOrganisations organisations;
	private final RecordHistory history;
	private final RegionRefs refs;
	private final RevealDesk reveals;
	private final Upserts upserts;
	private final Upsert<StoredOrganisations.Stored, StoredOrganisations.Data, OrganisationView> kind;

	OrganisationService(StoredOrganisations organisations, RecordHistory history, RegionRefs refs,
			RevealDesk reveals, Upserts upserts) {
		this.organisations = organisations;
		this.history = history;
		this.refs = refs;
		this.reveals = reveals;
		this.upserts = upserts;
		this.kind = new Upsert<>(RecordKind.ORGANISATION, StoredOrganisations.Stored::id,
				StoredOrganisations.Stored::data, Upsert.byFields(StoredOrganisations.Data::fields),
				organisations::insert, organisations::update, id -> organisations.find(id).orElseThrow(),
				OrganisationService::view);
	}

	@Override
	public Upserted<OrganisationView> upsert(Caller caller, NewOrganisation in, ChangeSource source) {
		Writers.require(caller);
		RegionRefs.requireInScope(caller, Fields.code(in.gridCode()));
		Fields fields = new Fields();
		CreditCode code = fields.parse("creditCode", () -> CreditCode.parse(in.creditCode()));
		String name = fields.requiredText(in.name(), "name", 100);
		String rawPhone = Queries.blankToNull(in.contactPhone());
		PhoneNumber phone = rawPhone == null ? null : fields.parse("contactPhone", () -> PhoneNumber.parse(rawPhone));
		StoredOrganisations.Data data = new StoredOrganisations.Data(code == null ? null : code.value(), name,
				fields.text(in.type(), "type", 30), fields.text(in.legalRepresentative(), "legalRepresentative", 50),
				phone == null ? null : phone.value(), fields.number(in.employees(), "employees", 0, 10_000_000, false),
				fields.text(in.address(), "address", 200), refs.grid(in.gridCode(), "gridCode", true, fields));
		fields.throwIfAny();
		Optional<StoredOrganisations.Stored> current = organisations.findByCode(data.creditCode());
		if (current.isPresent()) {
			// moving an organisation needs the old grid in scope too
			caller.scope().require(current.get().data().gridCode());
		}
		return upserts.upsert(kind, current, data, caller, source);
	}

	@Override
	@Transactional(readOnly = true)
	public OrganisationView get(Caller caller, long id) {
		return view(load(caller, id));
	}

	@Override
	@Transactional(readOnly = true)
	public Paged<OrganisationView> search(Caller caller, OrganisationQuery query, PageRequest page) {
		PersonReader.requireStaff(caller);
		String q = Queries.blankToNull(Normalize.text(query.q()));
		String code = q == null ? null : creditCodeOrNull(q);
		return organisations.search(caller.scope().likePattern(), q, code, Queries.regionPattern(query.region()), page)
			.map(OrganisationService::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(Caller caller, long id) {
		load(caller, id);
		return history.of(RecordKind.ORGANISATION, id);
	}

	@Override
	public RevealedContact reveal(Caller caller, long id, String reason, String remoteAddr) {
		String grid = organisations.gridOf(id)
			.orElseThrow(() -> new NotFoundException("registry.organisation.not-found", id));
		reveals.authorize(caller, "organisation:" + id, grid, reason, remoteAddr);
		return new RevealedContact(id, organisations.find(id).orElseThrow().data().contactPhone());
	}

	private StoredOrganisations.Stored load(Caller caller, long id) {
		PersonReader.requireStaff(caller);
		String grid = organisations.gridOf(id)
			.orElseThrow(() -> new NotFoundException("registry.organisation.not-found", id));
		caller.scope().require(grid);
		return organisations.find(id).orElseThrow();
	}

	/** A query that is a valid credit code looks the code up; anything else is a name fragment. */
	static String creditCodeOrNull(String q) {
		if (Normalize.compact(q).length() != 18) {
			return null;
		}
		try {
			return CreditCode.parse(q).value();
		}
		catch (InvalidInputException e) {
			return null;
		}
	}

	static OrganisationView view(StoredOrganisations.Stored s) {
		StoredOrganisations.Data d = s.data();
		return new OrganisationView(s.id(), d.creditCode(), d.name(), d.type(), d.legalRepresentative(),
				Masking.phone(d.contactPhone()), d.employees(), d.address(), d.gridCode(), s.updatedAt(), s.version());
	}
}
