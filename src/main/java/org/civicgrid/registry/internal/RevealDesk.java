package org.civicgrid.registry.internal;

import java.util.List;

import org.civicgrid.identity.AuditTrail;
import org.civicgrid.registry.PersonalDataReveals;
import org.civicgrid.registry.RevealedIdentifiers;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.OutOfScopeException;
import org.civicgrid.shared.text.Normalize;
import org.springframework.stereotype.Component;

/**
 * Shows personal data in clear to a caller whose role may, inside the caller's scope, for a stated reason; every
 * reveal and every refused attempt goes to the audit trail (who, whose, why, when, from where). A person's
 * identifiers here; organisations and other modules ask {@link #authorize} and show their own.
 */
@Component
class RevealDesk implements PersonalDataReveals {

	static final String REVEALED = "PERSONAL_DATA_REVEALED";
	static final String REFUSED = "PERSONAL_DATA_REVEAL_REFUSED";
	static final int MIN_REASON = 4;
	static final int MAX_REASON = 500;

	private final StoredPeople people;
	private final RegistrySettings settings;
	private final AuditTrail audit;

	RevealDesk(StoredPeople people, RegistrySettings settings, AuditTrail audit) {
		this.people = people;
		this.settings = settings;
		this.audit = audit;
	}

	RevealedIdentifiers reveal(Caller caller, long id, String reason, String remoteAddr) {
		String grid = people.gridOf(id).orElseThrow(() -> new NotFoundException("registry.person.not-found", id));
		authorize(caller, "person:" + id, grid, reason, remoteAddr);
		PersonData d = people.find(id).orElseThrow().data();
		return new RevealedIdentifiers(id, d.documentType(), d.idNumber(), d.phone());
	}

	@Override
	public boolean mayReveal(Caller caller) {
		return settings.revealRoles().contains(caller.role());
	}

	@Override
	public void authorize(Caller caller, String target, String regionCode, String reason, String remoteAddr) {
		String why = Normalize.text(reason);
		if (!mayReveal(caller)) {
			refuse(caller, target, regionCode, "role " + caller.role(), why, remoteAddr);
			throw new NotPermittedException();
		}
		if (!caller.scope().covers(regionCode)) {
			refuse(caller, target, regionCode, "out of scope", why, remoteAddr);
			throw new OutOfScopeException(regionCode);
		}
		if (why == null || why.length() < MIN_REASON || why.length() > MAX_REASON) {
			refuse(caller, target, regionCode, "no sufficient reason", why, remoteAddr);
			throw new InvalidInputException(
					List.of(FieldProblem.of("reason", "registry.reveal.reason", MIN_REASON, MAX_REASON)));
		}
		audit.record(caller.username(), REVEALED, target, regionCode, why, remoteAddr);
	}

	private void refuse(Caller caller, String target, String grid, String because, String reason, String remoteAddr) {
		String detail = because + (reason == null || reason.isEmpty() ? "" : "; reason: " + reason);
		audit.record(caller.username(), REFUSED, target, grid, detail, remoteAddr);
	}
}
