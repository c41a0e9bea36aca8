package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civicgrid.testing.Api;
import tools.jackson.databind.JsonNode;

/** Reporting and acting on cases over HTTP, as the casework API tests do it. */
final class CaseApiFixture {

	static final String GRID = "410105560001001";

	private final Api api;
	final double lat;
	final double lng;

	CaseApiFixture(Api api) {
		this.api = api;
		JsonNode centroid = api.as("gridworker1").get("/api/v1/regions/" + GRID).json().path("centroid");
		this.lat = centroid.path("lat").asDouble();
		this.lng = centroid.path("lng").asDouble();
	}

	/** A marker no other test uses, to find one's own cases in the shared database. */
	static String marker() {
		return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	Map<String, Object> report(String description) {
		return Map.of("categoryCode", "E0102", "description", description,
				"location", Map.of("lat", lat, "lng", lng), "address", "如意湖路口", "reporterContact", "13800000000");
	}

	/** Reports at the centroid of {@link #GRID} and answers the new case. */
	JsonNode reportAs(String username, String description) {
		Api.Response r = api.as(username).post("/api/v1/cases", report(description));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	Api.Response act(String username, long id, String action, Object body) {
		return api.as(username).post("/api/v1/cases/" + id + "/actions/" + action, body);
	}

	/** Does the step, expecting it to succeed, and answers the case as the actor sees it. */
	JsonNode step(String username, long id, String action, Object body) {
		Api.Response r = act(username, id, action, body);
		assertThat(r.status()).as(action + " by " + username + ": " + r.body()).isEqualTo(200);
		return r.json();
	}

	int historyLength(String username, long id) {
		return api.as(username).get("/api/v1/cases/" + id).json().path("history").size();
	}

	static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

	static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
		return ids;
	}
}
