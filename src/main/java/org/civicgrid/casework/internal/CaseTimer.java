package org.civicgrid.casework.internal;

import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.Colour;

/**
 * One timer of one case's stage: when it fires the case turns {@code colour} (yellow at 80 % of the limit, red at
 * 100 %). Stored as a db-scheduler instance whose id is {@code <case id>:<stage key>:<colour>}, so the same timer is
 * never set twice and a firing can tell whether its stage is still the case's stage.
 */
record CaseTimer(CaseId caseId, String stageKey, Colour colour) {

	static CaseTimer parse(String instanceId) {
		int first = instanceId.indexOf(':');
		int last = instanceId.lastIndexOf(':');
		if (first < 0 || last <= first) {
			throw new IllegalArgumentException("Not a case timer: " + instanceId);
		}
		return new CaseTimer(new CaseId(Long.parseLong(instanceId.substring(0, first))),
				instanceId.substring(first + 1, last), Colour.valueOf(instanceId.substring(last + 1)));
	}

	String instanceId() {
		return caseId.value() + ":" + stageKey + ":" + colour.name();
	}
}
