package org.civicgrid.open311.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a service request carried beyond its case (open311_request: token, media URL or uploaded media, device and
 * account ids, attributes), and the updates a FixMyStreet site posted (open311_received_update), by their own ids.
 */
@Repository
class RequestLinks {

	/** One request's extra fields; {@code media} is the file posted with it, if any. */
	record Link(long caseId, UUID token, String mediaUrl, RequestMedia.Kept media, String deviceId,
			String accountId, Map<String, String> attributes) {

		/** Where the request's media is: the uploaded file, served under {@code base}, else the URL it was sent. */
		String mediaUrlUnder(String base) {
			return media != null ? RequestMedia.url(base, caseId) : mediaUrl;
		}
	}

	private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	RequestLinks(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Link link, long apiKeyId, Instant at) {
		jdbc.sql("""
				insert into open311_request (case_id, token, api_key_id, device_id, account_id, media_url, media_sha256,
				    media_type, attributes, created_at)
				values (:case, :token, :key, :device, :account, :media, :sha, :type, cast(:attributes as jsonb), :at)""")
			.param("case", link.caseId())
			.param("token", link.token())
			.param("key", apiKeyId)
			.param("device", link.deviceId())
			.param("account", link.accountId())
			.param("media", link.mediaUrl())
			.param("sha", link.media() == null ? null : link.media().sha256())
			.param("type", link.media() == null ? null : link.media().contentType())
			.param("attributes", json.writeValueAsString(link.attributes()))
			.param("at", Timestamp.from(at))
			.update();
	}

	Optional<Long> caseOf(UUID token) {
		return jdbc.sql("select case_id from open311_request where token = :token")
			.param("token", token)
			.query(Long.class)
			.optional();
	}

	Map<Long, Link> of(Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		List<Link> links = jdbc.sql("select * from open311_request where case_id in (:ids)")
			.param("ids", caseIds)
			.query((rs, i) -> new Link(rs.getLong("case_id"), rs.getObject("token", UUID.class),
					rs.getString("media_url"),
					rs.getString("media_sha256") == null ? null
							: new RequestMedia.Kept(rs.getString("media_sha256"), rs.getString("media_type")),
					rs.getString("device_id"), rs.getString("account_id"),
					json.readValue(rs.getString("attributes"), ATTRIBUTES)))
			.list();
		return links.stream().collect(Collectors.toMap(Link::caseId, Function.identity()));
	}

	/** The trace entry an earlier post of an update made, by the key and the update id it was posted with. */
	record Received(long caseId, int seq) {
	}

	/** Where an earlier post of this update id with this key went, if it was posted before (to any request). */
	Optional<Received> receivedUpdate(long apiKeyId, String externalId) {
		return jdbc.sql("""
				select case_id, seq from open311_received_update where api_key_id = :key and external_id = :external""")
			.param("key", apiKeyId)
			.param("external", externalId)
			.query((rs, i) -> new Received(rs.getLong("case_id"), rs.getInt("seq")))
			.optional();
	}

	/** Of these cases, the trace entries ({@code <case id>-<seq>}) that updates posted with this key made. */
	Set<String> postedWith(long apiKeyId, Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Set.of();
		}
		return jdbc.sql("""
				select case_id || '-' || seq from open311_received_update
				where api_key_id = :key and case_id in (:ids)""")
			.param("key", apiKeyId)
			.param("ids", caseIds)
			.query(String.class)
			.set();
	}

	void recordUpdate(long apiKeyId, String externalId, long caseId, int seq) {
		jdbc.sql("""
				insert into open311_received_update (api_key_id, external_id, case_id, seq)
				values (:key, :external, :case, :seq)""")
			.param("key", apiKeyId)
			.param("external", externalId)
			.param("case", caseId)
			.param("seq", seq)
			.update();
	}
}
