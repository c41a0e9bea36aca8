package org.civicgrid.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.ShortMemory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens for the API: 256 random bits, handed out once, kept only as their SHA-256, expiring after the
 * configured lifetime and revocable one by one or all at once for an account.
 * <p>
 * A token once resolved is remembered for {@code civicgrid.identity.token-cache} (5 s; zero turns it off), so a burst
 * of requests costs one lookup: revoking here, or changing the account's role, region or state here, forgets it at
 * once; on another node of a cluster the change takes effect within that time. Expiry is checked on every request.
 */
@Service
public class ApiTokens {

	/** A token just issued: the only moment its clear value exists on the server. */
	public record Issued(String token, Duration expiresIn) {
	}

	/** Tokens remembered at most (a burst of logins must not grow the memory forever). */
	private static final int MAX_REMEMBERED = 10_000;

	private final SecureRandom random = new SecureRandom();
	private final JdbcClient jdbc;
	private final Clock clock;
	private final Duration lifetime;
	private final ShortMemory<String, Resolved> resolved;

	/** A live token as last read: whom it stands for and until when. */
	private record Resolved(Caller caller, Instant expiresAt) {
	}

	ApiTokens(JdbcClient jdbc, Clock clock, IdentitySettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lifetime = settings.tokenLifetime();
		this.resolved = new ShortMemory<>(settings.tokenCache(), MAX_REMEMBERED);
	}

	public Issued issue(Caller caller) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		jdbc.sql("insert into api_token (account_id, token_hash, issued_at, expires_at) values (:a, :h, :now, :exp)")
			.param("a", caller.accountId()).param("h", hash(token)).param("now", Timestamp.from(now))
			.param("exp", Timestamp.from(now.plus(lifetime)))
			.update();
		return new Issued(token, lifetime);
	}

	/** The caller a live token stands for: not revoked, not expired, its account enabled. */
	public Optional<Caller> resolve(String token) {
		String hash = hash(token);
		Instant now = clock.instant();
		Optional<Resolved> known = resolved.get(hash).filter(r -> now.isBefore(r.expiresAt()));
		if (known.isPresent()) {
			return known.map(Resolved::caller);
		}
		Optional<Resolved> read = jdbc.sql("""
				select a.id, a.username, a.display_name, a.role, a.region_code, t.expires_at from api_token t
				join account a on a.id = t.account_id
				where t.token_hash = :h and t.revoked_at is null and t.expires_at > :now and a.enabled""")
			.param("h", hash).param("now", Timestamp.from(now))
			.query((rs, i) -> new Resolved(new Caller(rs.getLong(1), rs.getString(2), rs.getString(3),
					Role.valueOf(rs.getString(4)), rs.getString(5)), rs.getTimestamp(6).toInstant()))
			.optional();
		read.ifPresentOrElse(r -> resolved.put(hash, r), () -> resolved.forget(hash));
		return read.map(Resolved::caller);
	}

	public boolean revoke(String token) {
		String hash = hash(token);
		resolved.forget(hash);
		return jdbc.sql("update api_token set revoked_at = :now where token_hash = :h and revoked_at is null")
			.param("now", Timestamp.from(clock.instant())).param("h", hash).update() > 0;
	}

	void revokeAll(long accountId) {
		resolved.forgetIf(r -> r.caller().accountId() == accountId);
		jdbc.sql("update api_token set revoked_at = :now where account_id = :a and revoked_at is null")
			.param("now", Timestamp.from(clock.instant())).param("a", accountId).update();
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
