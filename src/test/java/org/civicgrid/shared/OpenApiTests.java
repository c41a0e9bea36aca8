package org.civicgrid.shared;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes the API, and only the API. */
class OpenApiTests extends ApiTest {

	@Test
	void publishesTheApiDescriptionWithoutSigningIn() {
		var r = api.get("/v3/api-docs");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.contentType()).startsWith("application/json");
		JsonNode doc = r.json();
		assertThat(doc.get("openapi").asString()).startsWith("3.");
		JsonNode paths = doc.get("paths");
		assertThat(paths.has("/api/v1/regions/locate")).isTrue();
		assertThat(paths.has("/api/v1/auth/token")).isTrue();
		assertThat(paths.get("/api/v1/auth/token").has("post")).isTrue();
		assertThat(paths.get("/api/v1/auth/token").has("delete")).isTrue();
		assertThat(paths.has("/api/v1/accounts")).isTrue();
		assertThat(paths.has("/api/v1/regions/{code}/staff")).isTrue();
	}

	@Test
	void describesOnlyTheApiNotThePagesOrTheActuator() {
		List<String> paths = new ArrayList<>(api.get("/v3/api-docs").json().get("paths").propertyNames());
		assertThat(paths).isNotEmpty().allMatch(p -> p.startsWith("/api/"));
	}

	@Test
	void describesTheLocateParameters() {
		JsonNode locate = api.get("/v3/api-docs").json().get("paths").get("/api/v1/regions/locate").get("get");
		List<String> parameters = new ArrayList<>();
		locate.get("parameters").forEach(p -> parameters.add(p.get("name").asString()));
		assertThat(parameters).contains("lat", "lng", "crs");
	}
}
