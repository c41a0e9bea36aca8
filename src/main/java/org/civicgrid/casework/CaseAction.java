package org.civicgrid.casework;

import java.util.Locale;

/** What someone does to a case; {@link #wire()} is the name in the API ({@code POST …/actions/check-pass}). */
public enum CaseAction {

	VERIFY, FILE, DISMISS, DISPATCH, ACCEPT, RETURN, HANDLE, CHECK_PASS, CHECK_FAIL, CLOSE, RATE, REASSIGN,
	REQUEST_EXTENSION, APPROVE_EXTENSION, DEFER, ESCALATE, INSTRUCT, SUPERVISE, MERGE;

	private final String wire = name().toLowerCase(Locale.ROOT).replace('_', '-');

	public String wire() {
		return wire;
	}

	/** The action named {@code text} on the wire ("check-pass"), or {@link UnknownCaseActionException}. */
	public static CaseAction fromWire(String text) {
		for (CaseAction action : values()) {
			if (action.wire.equals(text)) {
				return action;
			}
		}
		throw new UnknownCaseActionException(text);
	}

	@Override
	public String toString() {
		return wire;
	}
}
