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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens for the API: 256 random bits, handed out once, kept only as their SHA-256, expiring after the
 * configured lifetime and revocable one by one or all at once for an account.
 */
@Service
public class ApiTokens {

	/** A token just issued: the only moment its clear value exists on the server. */
	public record Issued(String token, Duration expiresIn) {
	}

	private final SecureRandom random = new SecureRandom();
	private final JdbcClient jdbc;
	private final Clock clock;
	private final Duration lifetime;

	ApiTokens(JdbcClient jdbc, Clock clock, IdentitySettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lifetime = settings.tokenLifetime();
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
		return jdbc.sql("""
				select a.id, a.username, a.display_name, a.role, a.region_code from api_token t
				join account a on a.id = t.account_id
				where t.token_hash = :h and t.revoked_at is null and t.expires_at > :now and a.enabled""")
			.param("h", hash(token)).param("now", Timestamp.from(clock.instant()))
			.query((rs, i) -> new Caller(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
					rs.getString(5)))
			.optional();
	}

	public boolean revoke(String token) {
		return jdbc.sql("update api_token set revoked_at = :now where token_hash = :h and revoked_at is null")
			.param("now", Timestamp.from(clock.instant())).param("h", hash(token)).update() > 0;
	}

	void revokeAll(long accountId) {
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
