package org.civicgrid.registry.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.civicgrid.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may see identifiers in clear, and the tags a person can carry.
 *
 * @param revealRoles roles that may reveal a person's ID and phone number (with a reason, audited)
 * @param tags the tags staff may put on a person (独居老人, 残疾人, …); a street office adds its own
 */
@ConfigurationProperties("civicgrid.registry")
record RegistrySettings(Set<Role> revealRoles, List<String> tags) {

	static final Set<Role> DEFAULT_REVEAL_ROLES = EnumSet.of(Role.ADMIN, Role.COMMUNITY_STAFF, Role.STREET_STAFF);

	static final List<String> DEFAULT_TAGS = List.of("独居老人", "残疾人", "低保", "流动人口", "退役军人", "特殊关爱");

	RegistrySettings {
		revealRoles = revealRoles == null || revealRoles.isEmpty() ? DEFAULT_REVEAL_ROLES : Set.copyOf(revealRoles);
		tags = tags == null || tags.isEmpty() ? DEFAULT_TAGS : tags.stream().map(String::strip).toList();
	}
}
