package org.civicgrid.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.civicgrid.identity.AuditTrail;
import org.civicgrid.shared.Caller;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a username and password, for the login page and the token endpoint alike. Every success, failure and
 * lock goes to the audit trail; a locked or disabled account is refused even with the right password.
 */
@Service
public class Logins {

	/** The longest username an account can have (the column's width). */
	private static final int MAX_USERNAME = 64;

	/** Compared against when the username is unknown, so both answers take the same time; made on first use. */
	private volatile String unknownUserHash;

	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final LockoutPolicy lockout;
	private final AuditTrail audit;
	private final Clock clock;

	Logins(Accounts accounts, PasswordEncoder passwords, LockoutPolicy lockout, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.lockout = lockout;
		this.audit = audit;
		this.clock = clock;
	}

	public Caller authenticate(String username, String password, String remoteAddr) {
		Instant now = clock.instant();
		String name = username == null ? "" : username.trim();
		Optional<StoredAccount> found = name.isEmpty() || name.length() > MAX_USERNAME ? Optional.empty()
				: accounts.byUsername(name);
		if (found.isEmpty()) {
			passwords.matches(password == null ? "" : password, unknownUserHash());
			String shown = name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
			audit.record(shown, "LOGIN_FAILED", shown, null, "unknown user", remoteAddr);
			throw new LoginRefusedException(LoginRefusedException.Reason.BAD_CREDENTIALS, null);
		}
		StoredAccount account = found.get();
		if (account.lockedAt(now)) {
			audit.record(account.username(), "LOGIN_REFUSED_LOCKED", account.username(), account.regionCode(), null, remoteAddr);
			throw new LoginRefusedException(LoginRefusedException.Reason.LOCKED, account.lockedUntil());
		}
		if (password == null || !passwords.matches(password, account.passwordHash())) {
			Optional<Instant> locked = accounts.countFailure(account.id(), lockout.maxFailures(), lockout.lockUntil(now));
			audit.record(account.username(), "LOGIN_FAILED", account.username(), account.regionCode(), "wrong password", remoteAddr);
			if (locked.isPresent()) {
				audit.record(account.username(), "ACCOUNT_LOCKED", account.username(), account.regionCode(),
						"locked until " + locked.get(), remoteAddr);
				throw new LoginRefusedException(LoginRefusedException.Reason.LOCKED, locked.get());
			}
			throw new LoginRefusedException(LoginRefusedException.Reason.BAD_CREDENTIALS, null);
		}
		if (!account.enabled()) {
			audit.record(account.username(), "LOGIN_REFUSED_DISABLED", account.username(), account.regionCode(), null, remoteAddr);
			throw new LoginRefusedException(LoginRefusedException.Reason.DISABLED, null);
		}
		accounts.resetFailures(account.id());
		audit.record(account.username(), "LOGIN", account.username(), account.regionCode(), null, remoteAddr);
		return account.caller();
	}

	private String unknownUserHash() {
		if (unknownUserHash == null) {
			unknownUserHash = passwords.encode(java.util.UUID.randomUUID().toString());
		}
		return unknownUserHash;
	}
}
