package org.civicgrid.services.internal.halls;

/** A walk-in ticket waits, is called to a counter, then is served (办结) or skipped (过号) when nobody came. */
public enum QueueState {
	WAITING, CALLED, SERVED, SKIPPED
}
