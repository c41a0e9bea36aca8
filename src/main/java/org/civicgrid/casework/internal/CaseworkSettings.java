package org.civicgrid.casework.internal;

import java.util.List;

import org.civicgrid.shared.time.TimeLimit;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Casework's configuration.
 *
 * @param catalog where the event and component catalog is read from (a Spring resource location)
 * @param slaProfiles the public service promises; 15-30-24 unless set
 * @param commitment the 111 commitment's limits
 * @param escalationOverrides categories that escalate straight to a level (some go straight to the department)
 */
@ConfigurationProperties("civicgrid.casework")
record CaseworkSettings(String catalog, List<SlaProfile> slaProfiles, Commitment111 commitment,
		List<EscalationOverride> escalationOverrides) {

	static final String DEFAULT_CATALOG = "classpath:casework/catalog-default.csv";

	static final SlaProfile HOTLINE = new SlaProfile("15-30-24", TimeLimit.parse("15m"), TimeLimit.parse("30m"),
			TimeLimit.parse("24h"));

	CaseworkSettings {
		catalog = catalog == null || catalog.isBlank() ? DEFAULT_CATALOG : catalog;
		slaProfiles = slaProfiles == null || slaProfiles.isEmpty() ? List.of(HOTLINE) : List.copyOf(slaProfiles);
		commitment = commitment == null ? Commitment111.DEFAULT : commitment;
		escalationOverrides = escalationOverrides == null ? List.of() : List.copyOf(escalationOverrides);
	}

	static CaseworkSettings defaults() {
		return new CaseworkSettings(null, null, null, null);
	}
}
