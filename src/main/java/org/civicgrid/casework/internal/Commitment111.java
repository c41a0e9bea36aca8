package org.civicgrid.casework.internal;

import org.civicgrid.shared.time.TimeLimit;

/**
 * The 111 commitment: leaders' instructions settled within a week, assigned cases within a month, collective
 * petitions in one go (one visit, {@code collectivePetitionVisits} = 1).
 */
record Commitment111(TimeLimit leaderInstruction, TimeLimit assignedCase, int collectivePetitionVisits) {

	static final Commitment111 DEFAULT = new Commitment111(TimeLimit.parse("7d"), TimeLimit.parse("30d"), 1);

	Commitment111 {
		leaderInstruction = leaderInstruction == null ? TimeLimit.parse("7d") : leaderInstruction;
		assignedCase = assignedCase == null ? TimeLimit.parse("30d") : assignedCase;
		collectivePetitionVisits = collectivePetitionVisits <= 0 ? 1 : collectivePetitionVisits;
	}
}
