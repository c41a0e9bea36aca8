package org.civicgrid.services;

import java.util.List;

/**
 * The halls as another module sets them up (the demo's street centre, community halls and grid door-to-door
 * services): a hall whose code is already there is left as an admin left it.
 */
public interface ServiceHalls {

	/** Adds each hall whose code is not there yet, with its counters, hours and closures; returns how many. */
	int addMissing(List<HallSetup> halls);

	/**
	 * Names the A and B staff of the given halls' counters that have neither yet (a hall set up before counters had
	 * staff); a counter with either named is left as it is. Returns how many counters got staff.
	 */
	int staffUnstaffed(List<HallSetup> halls);

	/** Records each absence not recorded yet (of a hall that exists); returns how many were added. */
	int addAbsences(List<HallAbsence> absences);

	/** How many halls there are. */
	long hallCount();
}
