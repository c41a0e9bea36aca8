package org.civicgrid.identity.internal;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** A login that did not succeed, and why: the caller is told no more than the reason allows. */
public class LoginRefusedException extends AuthenticationException {

	public enum Reason { BAD_CREDENTIALS, LOCKED, DISABLED }

	private final Reason reason;
	private final transient Instant lockedUntil;

	LoginRefusedException(Reason reason, Instant lockedUntil) {
		super(reason.name());
		this.reason = reason;
		this.lockedUntil = lockedUntil;
	}

	public Reason reason() {
		return reason;
	}

	public Instant lockedUntil() {
		return lockedUntil;
	}
}
