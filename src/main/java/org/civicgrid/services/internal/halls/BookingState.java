package org.civicgrid.services.internal.halls;

/** Booked, then cancelled by the resident, checked in at the hall, or marked as not come (no-show). */
public enum BookingState {
	BOOKED, CANCELLED, CHECKED_IN, NO_SHOW
}
