package org.civicgrid.open311.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a service request carried beyond its case (open311_request: token, media URL, device and account ids,
 * attributes), and the updates a FixMyStreet site posted (open311_received_update), by their own ids.
 */
@Repository
class RequestLinks {

	/** One request's extra fields. */
	record Link(long caseId, UUID token, String mediaUrl, String deviceId, String accountId,
			Map<String, String> attributes) {
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
				insert into open311_request (case_id, token, api_key_id, device_id, account_id, media_url, attributes,
				    created_at)
				values (:case, :token, :key, :device, :account, :media, cast(:attributes as jsonb), :at)""")
			.param("case", link.caseId())
			.param("token", link.token())
			.param("key", apiKeyId)
			.param("device", link.deviceId())
			.param("account", link.accountId())
			.param("media", link.mediaUrl())
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
					rs.getString("media_url"), rs.getString("device_id"), rs.getString("account_id"),
					json.readValue(rs.getString("attributes"), ATTRIBUTES)))
			.list();
		return links.stream().collect(Collectors.toMap(Link::caseId, Function.identity()));
	}

	/** The seq of the case trace entry an earlier post of this update made, if it was posted before. */
	Optional<Integer> receivedUpdate(long apiKeyId, String externalId, long caseId) {
		return jdbc.sql("""
				select seq from open311_received_update
				where api_key_id = :key and external_id = :external and case_id = :case""")
			.param("key", apiKeyId)
			.param("external", externalId)
			.param("case", caseId)
			.query(Integer.class)
			.optional();
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
