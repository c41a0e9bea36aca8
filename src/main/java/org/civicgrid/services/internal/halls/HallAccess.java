package org.civicgrid.services.internal.halls;

import java.util.EnumSet;
import java.util.Set;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may set a hall up: an admin or the street's staff open halls in their scope and edit their name and address;
 * they and a community's staff edit the counters, hours, closures and absences of the halls in their scope (a
 * community's own hall and its grids' door-to-door services). Checked in this order: the role (403
 * {@code forbidden}), the hall (404), the scope (403 {@code out-of-scope}).
 */
@Component
class HallAccess {

	static final Set<Role> OPENERS = EnumSet.of(Role.ADMIN, Role.STREET_STAFF);
	static final Set<Role> MANAGERS = EnumSet.of(Role.ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF);

	private final StoredHalls halls;

	HallAccess(StoredHalls halls) {
		this.halls = halls;
	}

	boolean mayOpen(Caller caller) {
		return OPENERS.contains(caller.role());
	}

	boolean mayManage(Caller caller, Hall hall) {
		return MANAGERS.contains(caller.role()) && caller.scope().covers(hall.regionCode());
	}

	void requireOpener(Caller caller) {
		caller.requireRole(OPENERS.toArray(Role[]::new));
	}

	/** A hall whose name and address the caller edits. */
	Hall opened(Caller caller, String code) {
		requireOpener(caller);
		return inScope(caller, code);
	}

	/** A hall whose counters, hours, closures and absences the caller edits. */
	Hall managed(Caller caller, String code) {
		caller.requireRole(MANAGERS.toArray(Role[]::new));
		return inScope(caller, code);
	}

	private Hall inScope(Caller caller, String code) {
		Hall hall = halls.hall(code).orElseThrow(() -> new NotFoundException("services.hall.not-found", code));
		caller.scope().require(hall.regionCode());
		return hall;
	}
}
