package org.civicgrid.region;

/** Who answers for a grid (一长三员): leader, worker, assistants, informants, and the building leaders. */
public enum StaffDuty {
	GRID_LEADER, GRID_WORKER, ASSISTANT, INFORMANT, BUILDING_LEADER
}
