package org.civicgrid.shared;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;

/** Who is calling: the authenticated principal of every request, on pages and in the API. */
public record Caller(long accountId, String username, String displayName, Role role, String regionCode)
		implements Principal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The username: sessions are indexed by it, so an account's sessions can be ended when it changes. */
	@Override
	public String getName() {
		return username;
	}

	/** Staff see the subtree under their region code; residents and volunteers see no staff data. */
	public RegionScope scope() {
		return role.isStaff() ? RegionScope.of(regionCode) : RegionScope.NONE;
	}

	public boolean hasRole(Role... roles) {
		for (Role r : roles) {
			if (r == role) {
				return true;
			}
		}
		return false;
	}

	/** Throws {@link NotPermittedException} unless the caller holds one of the roles. */
	public void requireRole(Role... roles) {
		if (!hasRole(roles)) {
			throw new NotPermittedException();
		}
	}
}
