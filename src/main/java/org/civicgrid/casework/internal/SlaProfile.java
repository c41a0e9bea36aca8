package org.civicgrid.casework.internal;

import java.util.Objects;

import org.civicgrid.shared.time.TimeLimit;

/**
 * A public service promise on three clocks: answer the reporter ({@code respond}), report back to them
 * ({@code reply}) and resolve the matter ({@code resolve}), such as 15 minutes to respond, 30 minutes to reply and
 * 24 hours to resolve.
 */
record SlaProfile(String name, TimeLimit respond, TimeLimit reply, TimeLimit resolve) {

	SlaProfile {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A service promise needs a name");
		}
		Objects.requireNonNull(respond, "respond");
		Objects.requireNonNull(reply, "reply");
		Objects.requireNonNull(resolve, "resolve");
	}
}
