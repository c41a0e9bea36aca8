package org.civicgrid.services;

import java.util.List;

/**
 * The halls as another module sets them up (the demo's street centre and community halls): a hall whose code is
 * already there is left as an admin left it.
 */
public interface ServiceHalls {

	/** Adds each hall whose code is not there yet, with its counters, hours and closures; returns how many. */
	int addMissing(List<HallSetup> halls);

	/** How many halls there are. */
	long hallCount();
}
