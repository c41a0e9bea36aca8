package org.civicgrid.registry;

/** Where a reseal run of the vault stands: still resealing, through every sealed column, or stopped. */
public enum ResealState {
	RUNNING, DONE, FAILED
}
