package org.civicgrid.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.civicgrid.messaging.internal.outbound.OutboundKit;
import org.civicgrid.testing.Api;
import tools.jackson.databind.JsonNode;

/**
 * Members of a test's own: a resident account opened by the administrator asks to join a channel by its code, and
 * community1 confirms them against the registry, naming a person with a phone registered in the test grid.
 */
final class Joining {

	static final String GRID = "410105560001001";

	/** A resident of the test's own who asked to join by the code. */
	record Asked(Api resident, long account, String username) {
	}

	/** A confirmed member, the registry person they are and that person's phone. */
	record Joined(Api resident, long account, long person, String phone, String username) {
	}

	private Joining() {
	}

	static Asked asks(Api api, String code) {
		String username = "jn-" + Long.toString(System.nanoTime(), 36);
		var created = api.as("admin").post("/api/v1/accounts", new HashMap<>(Map.of("username", username,
				"displayName", "入群测试居民", "password", Api.DEMO_PASSWORD, "role", "RESIDENT")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		Api resident = api.withToken(api.tokenFor(username, Api.DEMO_PASSWORD));
		var asked = resident.post("/api/v1/messaging/join", Map.of("code", code));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		return new Asked(resident, asked.json().path("accountId").asLong(), username);
	}

	/** A resident registered in {@link #GRID} with a phone ending in the four digits joins the courtyard. */
	static Joined confirmed(Api api, JsonNode courtyard, String name, String lastFour) {
		String phone = OutboundKit.mobile(lastFour);
		long person = OutboundKit.resident(api, name, phone);
		Asked asked = asks(api, courtyard.path("joinCode").asString());
		var approved = api.as("community1").post("/api/v1/messaging/channels/" + courtyard.path("id").asLong()
				+ "/members/" + asked.account() + "/approve", Map.of("personId", person));
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().path("personId").asLong()).isEqualTo(person);
		return new Joined(asked.resident(), asked.account(), person, phone, asked.username());
	}

	/** A person registered in another grid, with a phone. */
	static long residentIn(Api api, String grid) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "赵明");
		body.put("phone", OutboundKit.mobile("8765"));
		body.put("gridCode", grid);
		body.put("actualResidence", "如意湖小区 9 号楼");
		var r = api.as("community1").post("/api/v1/registry/people?source=HOME_VISIT", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	/** The member's courtyard channel, as its community's staff read it (with its join code). */
	static JsonNode courtyardOf(Api api, String member) {
		for (JsonNode s : api.as(member).get("/api/v1/messaging/channels").json()) {
			JsonNode c = s.path("channel");
			if (c.path("level").asString().equals("COURTYARD")) {
				return api.as("community1").get("/api/v1/messaging/channels/" + c.path("id").asLong()).json()
					.path("channel");
			}
		}
		throw new AssertionError(member + " is in no courtyard channel");
	}

	/** The broadcast's post in the channel. */
	static long postIn(JsonNode broadcast, long channel) {
		for (JsonNode c : broadcast.path("channels")) {
			if (c.path("channelId").asLong() == channel) {
				return c.path("postId").asLong();
			}
		}
		throw new AssertionError("the broadcast did not reach channel " + channel);
	}
}
