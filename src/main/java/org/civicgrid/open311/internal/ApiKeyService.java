package org.civicgrid.open311.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.civicgrid.identity.AuditTrail;
import org.civicgrid.open311.ApiKeyView;
import org.civicgrid.open311.IssuedKey;
import org.civicgrid.open311.Open311Keys;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks Open311 API keys. A key is 32 random bytes (base64url, prefixed {@code o311_});
 * only its SHA-256 is stored, so a stolen table gives no key. Issuing and revoking go to the audit trail.
 */
@Service
@Transactional
public class ApiKeyService implements Open311Keys {

	/** The key of the demo, public in the README: exists only where the demo district is loaded. */
	public static final String DEMO_KEY = "civicgrid-demo-key";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiKeys keys;
	private final AuditTrail audit;
	private final Clock clock;

	ApiKeyService(ApiKeys keys, AuditTrail audit, Clock clock) {
		this.keys = keys;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public IssuedKey issue(Caller caller, String label) {
		caller.requireRole(Role.ADMIN);
		String name = label == null ? "" : label.strip();
		if (name.isEmpty() || name.length() > 100) {
			throw new InvalidInputException(List.of(FieldProblem.of("label",
					name.isEmpty() ? "open311.key.label-required" : "open311.key.label-long", 100)));
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String key = "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		long id = keys.insert(name, hash(key), key.substring(0, 8), clock.instant(), caller.username());
		audit.record(caller.username(), "OPEN311_KEY_ISSUED", String.valueOf(id), caller.regionCode(), name, null);
		return new IssuedKey(keys.find(id).orElseThrow(), key);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApiKeyView> list(Caller caller) {
		caller.requireRole(Role.ADMIN);
		return keys.all();
	}

	@Override
	public ApiKeyView revoke(Caller caller, long id) {
		caller.requireRole(Role.ADMIN);
		keys.find(id).orElseThrow(() -> new NotFoundException("open311.key.not-found", String.valueOf(id)));
		keys.revoke(id, clock.instant(), caller.username());
		audit.record(caller.username(), "OPEN311_KEY_REVOKED", String.valueOf(id), caller.regionCode(), null, null);
		return keys.find(id).orElseThrow();
	}

	/** The active key the call's {@code api_key} is, or 403 naming what the endpoint needs it for. */
	@Transactional(readOnly = true)
	public ApiKeyView require(Params params, KeyedEndpoint endpoint) {
		String key = params.get("api_key");
		if (key == null) {
			throw ApiKeyRefusedException.missing(endpoint);
		}
		return authenticate(key).orElseThrow(ApiKeyRefusedException::invalid);
	}

	/** The active key this secret is, if any. */
	@Transactional(readOnly = true)
	public Optional<ApiKeyView> authenticate(String key) {
		if (key == null || key.isBlank() || key.length() > 200) {
			return Optional.empty();
		}
		return keys.activeByHash(hash(key.strip()));
	}

	/** Creates the documented demo key unless it exists (or existed and was revoked: that stays revoked). */
	void ensureDemoKey() {
		keys.insert("演示密钥 Demo key", hash(DEMO_KEY), DEMO_KEY.substring(0, 8), clock.instant(), "system");
	}

	static String hash(String key) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JVM", e);
		}
	}
}
