package org.civicgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.civicgrid.casework.CaseStatus;
import org.civicgrid.testing.Api;
import tools.jackson.databind.JsonNode;

/**
 * What the home pages count, asked of the API the way a client would: the case list (with its colour and status
 * filters) read page by page, and a case reported at the centroid of a grid of 如意湖.
 */
final class HomeApiCounts {

	static final String GRID = "410105560001001";

	private final Api api;

	HomeApiCounts(Api api) {
		this.api = api;
	}

	/** Every case the list answers {@code username} for the query ({@code ""} or {@code colour=RED&…}). */
	List<JsonNode> cases(String username, String query) {
		List<JsonNode> all = new ArrayList<>();
		for (int page = 0;; page++) {
			Api.Response r = api.as(username).get("/api/v1/cases?size=500&page=" + page + (query.isEmpty() ? "" : "&" + query));
			assertThat(r.status()).as(r.body()).isEqualTo(200);
			r.json().path("items").forEach(all::add);
			if ((long) (page + 1) * 500 >= r.json().path("total").asLong()) {
				return all;
			}
		}
	}

	/** The open cases the list offers {@code username} an action on: what waits for them. */
	List<JsonNode> waiting(String username, String query) {
		return cases(username, query).stream()
			.filter(c -> CaseStatus.valueOf(c.path("status").asString()).isOpen())
			.filter(c -> !c.path("allowedActions").isEmpty())
			.toList();
	}

	/** The ids of the waiting cases whose deadline comes first (none last, then by id), as many as asked. */
	List<String> pressing(String username, int limit) {
		return waiting(username, "").stream()
			.sorted(Comparator.<JsonNode, Instant>comparing(
					c -> c.hasNonNull("deadline") ? Instant.parse(c.path("deadline").asString()) : null,
					Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(c -> c.path("id").asLong()))
			.limit(limit)
			.map(c -> c.path("id").asString())
			.toList();
	}

	/** The total of the list for {@code username} and the query, from one page of one. */
	long total(String username, String query) {
		Api.Response r = api.as(username).get("/api/v1/cases?size=1&" + query);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().path("total").asLong();
	}

	/** Reports rubbish at the centroid of {@link #GRID} and answers the new case's id. */
	long report(String username, String description) {
		JsonNode c = api.as("admin").get("/api/v1/regions/" + GRID).json().path("centroid");
		Api.Response r = api.as(username).post("/api/v1/cases", Map.of("categoryCode", "E0102", "description",
				description, "location", Map.of("lat", c.path("lat").asDouble(), "lng", c.path("lng").asDouble()),
				"address", "如意湖小区 7 号楼", "reporterContact", "13800000000"));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().path("id").asLong();
	}

	void step(String username, long id, String action, Map<String, ?> body) {
		Api.Response r = api.as(username).post("/api/v1/cases/" + id + "/actions/" + action, body);
		assertThat(r.status()).as(action + " by " + username + ": " + r.body()).isEqualTo(200);
	}
}
