package org.civicgrid.services.internal.requests;

import static org.civicgrid.services.internal.requests.RequestStatus.ACCEPTED;
import static org.civicgrid.services.internal.requests.RequestStatus.DONE;
import static org.civicgrid.services.internal.requests.RequestStatus.IN_PROGRESS;
import static org.civicgrid.services.internal.requests.RequestStatus.NOT_ACCEPTED;
import static org.civicgrid.services.internal.requests.RequestStatus.SUPPLEMENT;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What staff do to a request, each from the statuses it is allowed in and to the status it leaves (null: it stays).
 * Handing over (转交) changes who owns it, not where it stands; reopening comes only from a call-back (回访).
 */
public enum RequestAction {

	START(EnumSet.of(ACCEPTED), IN_PROGRESS),
	/** 补正: the missing materials listed once, the clock stopped until they come. */
	ASK_SUPPLEMENT(EnumSet.of(ACCEPTED, IN_PROGRESS), SUPPLEMENT),
	SUPPLEMENTED(EnumSet.of(SUPPLEMENT), IN_PROGRESS),
	FINISH(EnumSet.of(IN_PROGRESS), DONE),
	REFUSE(EnumSet.of(ACCEPTED, IN_PROGRESS, SUPPLEMENT), NOT_ACCEPTED),
	HAND_OVER(EnumSet.of(ACCEPTED, IN_PROGRESS, SUPPLEMENT), null),
	REOPEN(EnumSet.of(DONE), IN_PROGRESS);

	private final Set<RequestStatus> from;
	private final RequestStatus to;

	RequestAction(Set<RequestStatus> from, RequestStatus to) {
		this.from = from;
		this.to = to;
	}

	public boolean allowedIn(RequestStatus status) {
		return from.contains(status);
	}

	/** Where a request in {@code status} stands after this action. */
	RequestStatus after(RequestStatus status) {
		return to == null ? status : to;
	}

	/** The action's name in URLs and the API: {@code ask-supplement}. */
	public String wire() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<RequestAction> ofWire(String wire) {
		for (RequestAction a : values()) {
			if (a.wire().equals(wire)) {
				return Optional.of(a);
			}
		}
		return Optional.empty();
	}
}
