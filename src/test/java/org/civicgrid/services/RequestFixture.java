package org.civicgrid.services;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.civicgrid.testing.Api;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import tools.jackson.databind.JsonNode;

/**
 * The requests tests' own published items ({@code services/request-items.sql}: 居住证明 in 3 working days with
 * three materials, 老年优待证 on the spot, 低保 in 20 with agency), and requests recorded over HTTP.
 */
final class RequestFixture {

	static final String CERTIFICATE = "RQ901";
	static final String ON_THE_SPOT = "RQ902";
	static final String ALLOWANCE = "RQ903";
	static final String COMMUNITY = "410105560001";
	static final String OTHER_COMMUNITY = "410105560002";

	private static volatile boolean loaded;

	private final Api api;

	RequestFixture(Api api, DataSource data) {
		this.api = api;
		if (!loaded) {
			new ResourceDatabasePopulator(new ClassPathResource("services/request-items.sql")).execute(data);
			loaded = true;
		}
	}

	static String marker() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

	/** community1 records a request of resident1 at the counter. */
	JsonNode record(String as, String item) {
		Api.Response r = api.as(as).post("/api/v1/services/requests", Map.of("itemCode", item, "residentName",
				"张秀英" + marker(), "residentPhone", "13800000001", "residentUsername", "resident1", "channel",
				"COUNTER", "hall", "金水社区一站式服务大厅"));
		if (r.status() != 201) {
			throw new AssertionError(r.status() + " " + r.body());
		}
		return r.json();
	}

	JsonNode step(String as, long id, String action, Map<String, ?> body) {
		Api.Response r = api.as(as).post("/api/v1/services/requests/" + id + "/actions/" + action, body);
		if (r.status() != 200) {
			throw new AssertionError(action + ": " + r.status() + " " + r.body());
		}
		return r.json();
	}
}
