package org.civicgrid.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.civicgrid.identity.AccountChange;
import org.civicgrid.identity.AccountManagement;
import org.civicgrid.identity.AccountQuery;
import org.civicgrid.identity.AccountView;
import org.civicgrid.identity.AuditTrail;
import org.civicgrid.identity.NewAccount;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AccountService implements AccountManagement {

	private final Accounts accounts;
	private final ApiTokens tokens;
	private final SessionTerminator sessions;
	private final PasswordEncoder passwords;
	private final Regions regions;
	private final AuditTrail audit;
	private final Clock clock;

	AccountService(Accounts accounts, ApiTokens tokens, SessionTerminator sessions, PasswordEncoder passwords,
			Regions regions, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.sessions = sessions;
		this.passwords = passwords;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Paged<AccountView> list(Caller admin, AccountQuery query, PageRequest page) {
		admin.requireRole(Role.ADMIN);
		return accounts.search(admin.scope(), query == null ? AccountQuery.all() : query, page)
			.map(StoredAccount::view);
	}

	@Override
	@Transactional(readOnly = true)
	public AccountView get(Caller admin, long id) {
		return manageable(admin, id).view();
	}

	@Override
	public AccountView create(Caller admin, NewAccount account) {
		admin.requireRole(Role.ADMIN);
		checkRegion(admin, account.role(), account.regionCode());
		if (accounts.byUsername(account.username()).isPresent()) {
			throw ConflictException.on("username", "account.username-taken", account.username());
		}
		long id = accounts.insert(account.username(), account.displayName().trim(), passwords.encode(account.password()),
				account.role(), blankToNull(account.regionCode()), clock.instant());
		audit.record(admin.username(), "ACCOUNT_CREATED", account.username(), account.regionCode(),
				"role " + account.role(), null);
		return accounts.byId(id).orElseThrow().view();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean usernameTaken(Caller admin, String username) {
		admin.requireRole(Role.ADMIN);
		return username != null && accounts.byUsername(username).isPresent();
	}

	@Override
	public AccountView change(Caller admin, long id, AccountChange change) {
		StoredAccount current = manageable(admin, id);
		Role role = change.role() == null ? current.role() : change.role();
		String region = change.regionCode() == null ? current.regionCode() : blankToNull(change.regionCode());
		boolean enabled = change.enabled() == null ? current.enabled() : change.enabled();
		String name = change.displayName() == null ? current.displayName() : change.displayName().trim();
		checkRegion(admin, role, region);
		if (current.id() == admin.accountId() && (!enabled || role != Role.ADMIN)) {
			throw new ConflictException("account.cannot-demote-self");
		}
		accounts.update(id, name, role, region, enabled);
		if (role != current.role() || !Objects.equals(region, current.regionCode()) || !enabled) {
			endAccess(current);
		}
		audit.record(admin.username(), "ACCOUNT_CHANGED", current.username(), region,
				"role " + role + ", region " + region + ", enabled " + enabled, null);
		return accounts.byId(id).orElseThrow().view();
	}

	@Override
	public void resetPassword(Caller admin, long id, String newPassword) {
		StoredAccount account = manageable(admin, id);
		if (newPassword == null || newPassword.length() < 8 || newPassword.length() > 128) {
			throw new InvalidInputException(HttpStatus.UNPROCESSABLE_CONTENT,
					List.of(FieldProblem.of("password", "account.password-length")));
		}
		accounts.setPassword(id, passwords.encode(newPassword), clock.instant());
		endAccess(account);
		audit.record(admin.username(), "PASSWORD_RESET", account.username(), account.regionCode(), null, null);
	}

	@Override
	public void createIfAbsent(NewAccount account) {
		if (accounts.byUsername(account.username()).isEmpty()) {
			accounts.insert(account.username(), account.displayName(), passwords.encode(account.password()), account.role(),
					blankToNull(account.regionCode()), clock.instant());
		}
	}

	private StoredAccount manageable(Caller admin, long id) {
		admin.requireRole(Role.ADMIN);
		StoredAccount account = accounts.byId(id).orElseThrow(() -> new NotFoundException("account.not-found", String.valueOf(id)));
		if (account.regionCode() != null) {
			admin.scope().require(account.regionCode());
		}
		return account;
	}

	/** Staff need a region that exists and lies inside the administrator's own scope. */
	private void checkRegion(Caller admin, Role role, String regionCode) {
		if (regionCode == null || regionCode.isBlank()) {
			if (role.isStaff()) {
				throw new InvalidInputException(List.of(FieldProblem.of("regionCode", "account.region-required")));
			}
			return;
		}
		// scope first: whether a region outside the scope exists is none of the caller's business
		RegionScope.of(admin.regionCode()).require(regionCode);
		if (!regions.exists(RegionCode.of(regionCode))) {
			throw new InvalidInputException(List.of(FieldProblem.of("regionCode", "region.unknown", regionCode)));
		}
	}

	private void endAccess(StoredAccount account) {
		tokens.revokeAll(account.id());
		sessions.endAllOf(account.username());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
