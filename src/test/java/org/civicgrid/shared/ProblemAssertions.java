package org.civicgrid.shared;

import org.civicgrid.testing.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that an answer is an RFC 9457 problem detail of the given status and type, with a title and detail. */
public final class ProblemAssertions {

	private ProblemAssertions() {
	}

	public static void assertProblem(Api.Response r, int status, String type) {
		assertThat(r.status()).as("status of %s", r.body()).isEqualTo(status);
		assertThat(r.contentType()).as("content type").startsWith("application/problem+json");
		var json = r.json();
		assertThat(json.path("type").asString()).as("type of %s", r.body()).isEqualTo("https://civicgrid.org/problems/" + type);
		assertThat(json.path("status").asInt()).isEqualTo(status);
		assertThat(json.path("title").asString()).as("title").isNotBlank();
		assertThat(json.path("detail").asString()).as("detail").isNotBlank();
	}
}
