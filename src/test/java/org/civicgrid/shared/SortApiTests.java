package org.civicgrid.shared;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/**
 * Every list endpoint sorts by {@code sort=field,asc|desc} from its own whitelist: an unknown field or a malformed
 * value is a localized 400 naming {@code sort}, never SQL; a known one orders the items.
 */
class SortApiTests extends ApiTest {

	@Test
	void anUnknownSortFieldIsABadRequestNamingSortInEitherLanguage() {
		Api.Response zh = api.as("dispatcher").get("/api/v1/cases?sort=password,asc");
		assertProblem(zh, 400, "validation");
		JsonNode error = zh.json().path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo("sort");
		assertThat(error.path("message").asString())
			.isEqualTo("不能按“password”排序；可排序的字段：number, status, category, grid, deadline, reported");

		Api.Response en = api.as("dispatcher").inEnglish().get("/api/v1/cases?sort=password,asc");
		assertProblem(en, 400, "validation");
		assertThat(en.json().path("errors").get(0).path("message").asString())
			.isEqualTo("cannot sort by \"password\"; sortable fields: number, status, category, grid, deadline, reported");

		for (String list : new String[] { "/api/v1/registry/people", "/api/v1/registry/houses", "/api/v1/registry/households",
				"/api/v1/registry/organisations", "/api/v1/registry/parts" }) {
			Api.Response r = api.as("dispatcher").get(list + "?sort=idNumber");
			assertProblem(r, 400, "validation");
			assertThat(r.json().path("errors").get(0).path("field").asString()).as(list).isEqualTo("sort");
			assertThat(r.json().path("errors").get(0).path("message").asString()).as(list)
				.startsWith("不能按“idNumber”排序；可排序的字段：");
		}
		for (String list : new String[] { "/api/v1/cases/supervision/cases", "/api/v1/registry/imports" }) {
			Api.Response r = api.as("dispatcher").get(list + "?sort=password");
			assertProblem(r, 400, "validation");
			assertThat(r.json().path("errors").get(0).path("field").asString()).as(list).isEqualTo("sort");
			assertThat(r.json().path("errors").get(0).path("message").asString()).as(list)
				.startsWith("不能按“password”排序；可排序的字段：");
			assertProblem(api.as("dispatcher").get(list + "?sort=number;drop"), 400, "validation");
		}
		for (String list : new String[] { "/api/v1/accounts", "/api/v1/audit" }) {
			Api.Response r = api.as("admin").get(list + "?sort=passwordHash,desc");
			assertProblem(r, 400, "validation");
			assertThat(r.json().path("errors").get(0).path("field").asString()).as(list).isEqualTo("sort");
		}
	}

	@Test
	void aMalformedSortIsABadRequestAndAKnownOneOrdersTheItems() {
		Api.Response malformed = api.as("admin").get("/api/v1/accounts?sort=username;drop");
		assertProblem(malformed, 400, "validation");
		assertThat(malformed.json().path("errors").get(0).path("field").asString()).isEqualTo("sort");
		assertThat(malformed.json().path("errors").get(0).path("message").asString())
			.isEqualTo("排序应写作“字段,asc”或“字段,desc”，而不是“username;drop”");

		JsonNode down = api.as("admin").get("/api/v1/accounts?size=500&sort=username,desc").json();
		String first = down.path("items").get(0).path("username").asString();
		String second = down.path("items").get(1).path("username").asString();
		assertThat(first.compareTo(second)).isPositive();
		JsonNode up = api.as("admin").get("/api/v1/accounts?size=500&sort=username").json();
		assertThat(up.path("items").get(up.path("items").size() - 1).path("username").asString()).isEqualTo(first);
	}

	@Test
	void theSortParameterIsDescribedInTheOpenApiDocument() {
		JsonNode parameters = api.get("/v3/api-docs").json().path("paths").path("/api/v1/cases").path("get")
			.path("parameters");
		JsonNode sort = null;
		for (JsonNode p : parameters) {
			if (p.path("name").asString().equals("sort")) {
				sort = p;
			}
		}
		assertThat(sort).isNotNull();
		assertThat(sort.path("description").asString()).contains("field,asc").contains("deadline");
	}
}
