package org.civicgrid.services.internal.halls;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Booked, then cancelled by the resident, checked in at the hall, or marked as not come (no-show). */
public enum BookingState {
	BOOKED, CANCELLED, CHECKED_IN, NO_SHOW;

	/** The state in words (已签到, checked in), for a refusal that names it. */
	public MessageSourceResolvable words() {
		return new DefaultMessageSourceResolvable(new String[] { "services.booking.state." + name() }, name());
	}
}
