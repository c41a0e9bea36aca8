package org.civicgrid.registry.internal;

import java.util.List;

import org.civicgrid.identity.AuditTrail;
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
 * Shows a person's identifiers in clear to a caller whose role may, inside the caller's scope, for a stated
 * reason; every reveal and every refused attempt goes to the audit trail (who, whose, why, when, from where).
 */
@Component
class RevealDesk {

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
		String why = Normalize.text(reason);
		String target = "person:" + id;
		if (!settings.revealRoles().contains(caller.role())) {
			refuse(caller, target, grid, "role " + caller.role(), why, remoteAddr);
			throw new NotPermittedException();
		}
		if (!caller.scope().covers(grid)) {
			refuse(caller, target, grid, "out of scope", why, remoteAddr);
			throw new OutOfScopeException(grid);
		}
		if (why == null || why.length() < MIN_REASON || why.length() > MAX_REASON) {
			refuse(caller, target, grid, "no sufficient reason", why, remoteAddr);
			throw new InvalidInputException(
					List.of(FieldProblem.of("reason", "registry.reveal.reason", MIN_REASON, MAX_REASON)));
		}
		PersonData d = people.find(id).orElseThrow().data();
		audit.record(caller.username(), REVEALED, target, grid, why, remoteAddr);
		return new RevealedIdentifiers(id, d.documentType(), d.idNumber(), d.phone());
	}

	private void refuse(Caller caller, String target, String grid, String because, String reason, String remoteAddr) {
		String detail = because + (reason == null || reason.isEmpty() ? "" : "; reason: " + reason);
		audit.record(caller.username(), REFUSED, target, grid, detail, remoteAddr);
	}
}
