package org.civicgrid.shared;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/** Health is public and says nothing but UP; metrics are for administrators only. */
class ActuatorTests extends ApiTest {

	@Test
	void healthIsPublicAndRevealsNoDetails() {
		var r = api.get("/actuator/health");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("status").asString()).isEqualTo("UP");
		assertThat(r.json().has("components")).isFalse();
		assertThat(r.json().has("details")).isFalse();
		assertThat(r.body()).doesNotContainIgnoringCase("postgres").doesNotContain("diskSpace");
	}

	@Test
	void prometheusAsksForATokenWithoutOne() {
		var r = api.get("/actuator/prometheus");
		assertProblem(r, 401, "unauthenticated");
		assertThat(r.body()).doesNotContain("jvm_memory_used_bytes");
	}

	@Test
	void prometheusRefusesAGridWorker() {
		var r = api.as("gridworker1").get("/actuator/prometheus");
		assertProblem(r, 403, "forbidden");
		assertThat(r.json().get("detail").asString()).isEqualTo("您的角色无权进行此操作。");
		assertThat(r.body()).doesNotContain("jvm_memory_used_bytes");
	}

	@Test
	void prometheusRefusesEveryStreetRoleButTheAdministrator() {
		for (String who : new String[] { "leader", "dispatcher", "supervisor", "handler", "resident1" }) {
			var r = api.as(who).get("/actuator/prometheus");
			assertProblem(r, 403, "forbidden");
		}
	}

	@Test
	void prometheusServesMetricsToTheAdministrator() {
		var r = api.as("admin").get("/actuator/prometheus");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.contentType()).startsWith("text/plain");
		assertThat(r.body()).contains("jvm_memory_used_bytes").contains("# TYPE jvm_memory_used_bytes gauge");
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() {
		var r = api.as("admin").get("/actuator/env");
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.body()).doesNotContain("civicgrid.db");
	}
}
