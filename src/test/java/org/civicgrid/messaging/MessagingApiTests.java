package org.civicgrid.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The three levels over HTTP: staff are in their channels by their post, a resident joins a courtyard's channel by
 * its code and is confirmed by the grid worker, posts by kind with every refusal named, unread counts move with
 * posts and reads, a notice is confirmed once, a flood is refused with 429, and a removed member is out at once;
 * nobody reads a channel they are not in.
 */
class MessagingApiTests extends ApiTest {

	static final String COMMUNITY = "410105560001";
	static final String GRID = "410105560001001";

	@Test
	void staffAreInTheirChannelsByTheirPost() {
		JsonNode community1 = api.as("community1").get("/api/v1/messaging/channels").json();
		List<String> levels = new ArrayList<>();
		community1.forEach(s -> levels.add(s.path("channel").path("level").asString()));
		assertThat(levels).containsOnlyOnce("STREET", "COMMUNITY").contains("COURTYARD");
		for (JsonNode s : community1) {
			String region = s.path("channel").path("regionCode").asString();
			switch (s.path("channel").path("level").asString()) {
				case "STREET" -> {
					assertThat(region).isEqualTo("410105560");
					assertThat(s.path("part").asString()).isEqualTo("MEMBER");
				}
				case "COMMUNITY" -> {
					assertThat(region).isEqualTo(COMMUNITY);
					assertThat(s.path("part").asString()).isEqualTo("OWNER");
					assertThat(s.path("channel").path("name").asString()).endsWith("居民群");
				}
				default -> {
					assertThat(region).startsWith(COMMUNITY).hasSize(18);
					assertThat(s.path("part").asString()).isEqualTo("OWNER");
				}
			}
		}
		JsonNode worker = api.as("gridworker1").get("/api/v1/messaging/channels").json();
		int courtyards = 0;
		for (JsonNode s : worker) {
			if (s.path("channel").path("level").asString().equals("COURTYARD")) {
				courtyards++;
				assertThat(s.path("channel").path("regionCode").asString()).startsWith(GRID);
				assertThat(s.path("part").asString()).isEqualTo("MODERATOR");
			}
		}
		assertThat(courtyards).isPositive();
		// another grid's courtyard: staff out of scope are refused, a resident is told it does not exist
		long otherGrid = courtyardOf("gridworker2");
		var refused = api.as("gridworker1").get("/api/v1/messaging/channels/" + otherGrid);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("out-of-scope");
		assertThat(api.as("resident1").get("/api/v1/messaging/channels/" + otherGrid).status()).isEqualTo(404);
		// the street's staff read a courtyard's channel from above without being in it
		JsonNode supervised = api.as("dispatcher").get("/api/v1/messaging/channels/" + otherGrid).json();
		assertThat(supervised.path("part").asString()).isIn("SUPERVISOR", "OWNER");
	}

	@Test
	void aResidentJoinsByTheCodeIsConfirmedPostsAndIsCounted() {
		long channel = courtyardOf("gridworker1");
		JsonNode view = api.as("gridworker1").get("/api/v1/messaging/channels/" + channel).json();
		String code = view.path("channel").path("joinCode").asString();
		String name = resident();
		Api resident = api.withToken(api.tokenFor(name, Api.DEMO_PASSWORD));
		assertThat(resident.get("/api/v1/messaging/channels").json()).isEmpty();
		assertThat(resident.get("/api/v1/messaging/channels/" + channel).status()).isEqualTo(404);
		assertThat(resident.post("/api/v1/messaging/channels/" + channel + "/posts",
				post("question", "我想问问")).status()).isEqualTo(404);

		var wrong = resident.post("/api/v1/messaging/join", Map.of("code", "NOSUCHCODE"));
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.errorFields()).containsExactly("code");
		var asked = resident.post("/api/v1/messaging/join", Map.of("code", code, "note", "3号楼2单元501"));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		assertThat(asked.json().path("state").asString()).isEqualTo("PENDING");
		var again = resident.post("/api/v1/messaging/join", Map.of("code", code));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.errorFields()).containsExactly("code");
		assertThat(again.body()).contains("等待群主确认");
		assertThat(api.as("community1").post("/api/v1/messaging/join", Map.of("code", code)).status()).isEqualTo(409);

		long account = asked.json().path("accountId").asLong();
		String approve = "/api/v1/messaging/channels/" + channel + "/members/" + account + "/approve";
		assertThat(api.as("gridworker2").post(approve, Map.of()).status()).isEqualTo(403);
		// resident1 is a member of this courtyard (the demo) but no moderator; volunteer1 waits to join: not in it
		var member = api.as("resident1").post(approve, Map.of());
		assertThat(member.status()).isEqualTo(403);
		assertThat(member.body()).contains("只有群主和管理员");
		assertThat(api.as("volunteer1").post(approve, Map.of()).status()).isEqualTo(404);
		JsonNode pending = api.as("gridworker1").get("/api/v1/messaging/channels/" + channel + "/members?state=PENDING")
			.json();
		assertThat(pending.toString()).contains(name).contains("3号楼2单元501");
		var approved = api.as("gridworker1").post(approve, Map.of());
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().path("state").asString()).isEqualTo("ACTIVE");
		assertThat(approved.json().path("decidedBy").asString()).isEqualTo("gridworker1");
		JsonNode mine = resident.get("/api/v1/messaging/channels").json();
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).path("channel").path("id").asLong()).isEqualTo(channel);
		assertThat(mine.get(0).path("part").asString()).isEqualTo("MEMBER");

		// posting: each refusal names its field and writes nothing
		long before = lastSeq(channel);
		assertRefused(resident.post("/api/v1/messaging/channels/" + channel + "/posts", post("notice", "停水通知")), 422,
				"kind", "只能由工作人员发布");
		assertRefused(resident.post("/api/v1/messaging/channels/" + channel + "/posts", post("gossip", "……")), 422,
				"kind", "gossip");
		assertRefused(resident.post("/api/v1/messaging/channels/" + channel + "/posts", post("question", " ")), 422,
				"body", "请填写内容");
		assertRefused(resident.post("/api/v1/messaging/channels/" + channel + "/posts",
				post("question", "长".repeat(2001))), 422, "body", "2000");
		assertRefused(resident.post("/api/v1/messaging/channels/" + channel + "/posts",
				post("suggestion", "建议").with("link", "javascript:alert(1)")), 422, "link", "http");
		assertThat(lastSeq(channel)).isEqualTo(before);

		long unreadBefore = unread("community1", channel);
		var asked1 = resident.post("/api/v1/messaging/channels/" + channel + "/posts",
				post("question", "<script>alert(1)</script>小区南门的路灯坏了，找谁修？"));
		assertThat(asked1.status()).as(asked1.body()).isEqualTo(201);
		JsonNode question = asked1.json();
		assertThat(question.path("seq").asLong()).isEqualTo(before + 1);
		assertThat(question.path("kind").asString()).isEqualTo("QUESTION");
		assertThat(question.path("body").asString()).startsWith("<script>");
		assertThat(question.path("authorStaff").asBoolean()).isFalse();
		assertThat(unread("community1", channel)).isEqualTo(unreadBefore + 1);
		assertThat(resident.get("/api/v1/messaging/channels").json().get(0).path("unread").asLong()).isZero();

		// a reply in the thread, then the community reads up to it
		var reply = api.as("community1").post("/api/v1/messaging/channels/" + channel + "/posts",
				post(null, "已报物业，今天修好").with("parentId", question.path("id").asLong()));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(reply.json().path("kind").asString()).isEqualTo("REPLY");
		JsonNode thread = resident.get("/api/v1/messaging/posts/" + question.path("id").asLong() + "/thread").json();
		assertThat(thread).hasSize(2);
		assertThat(thread.get(1).path("body").asString()).isEqualTo("已报物业，今天修好");
		assertThat(resident.get("/api/v1/messaging/channels").json().get(0).path("unread").asLong()).isEqualTo(1);
		var read = resident.post("/api/v1/messaging/channels/" + channel + "/read",
				Map.of("seq", reply.json().path("seq").asLong()));
		assertThat(read.json().path("unread").asLong()).isZero();
		JsonNode found = api.as("community1").get("/api/v1/messaging/channels/" + channel + "/search?q=路灯").json();
		assertThat(found.toString()).contains(question.path("id").asString());
		assertThat(api.as("community1").get("/api/v1/messaging/channels/" + channel + "/search?q=").status())
			.isEqualTo(422);

		// a notice to confirm: once per member; a question asks for none
		var notice = api.as("community1").post("/api/v1/messaging/channels/" + channel + "/posts",
				post("notice", "周六上午停水，请提前储水").with("title", "停水通知").with("confirmRead", true));
		assertThat(notice.status()).as(notice.body()).isEqualTo(201);
		long noticeId = notice.json().path("id").asLong();
		var confirmed = resident.post("/api/v1/messaging/posts/" + noticeId + "/confirm", Map.of());
		assertThat(confirmed.json().path("receipts").asInt()).isEqualTo(1);
		assertThat(confirmed.json().path("mine").asBoolean()).isTrue();
		assertThat(resident.post("/api/v1/messaging/posts/" + noticeId + "/confirm", Map.of()).json().path("receipts")
			.asInt()).isEqualTo(1);
		assertRefused(resident.post("/api/v1/messaging/posts/" + question.path("id").asLong() + "/confirm", Map.of()),
				409, "postId", "不需要确认");

		// removed: out at once
		var removed = api.as("community1").post("/api/v1/messaging/channels/" + channel + "/members/" + account
				+ "/remove", Map.of("reason", "测试移出"));
		assertThat(removed.json().path("state").asString()).isEqualTo("REMOVED");
		assertThat(api.as("gridworker1").post("/api/v1/messaging/channels/" + channel + "/members/" + account
				+ "/remove", Map.of()).status()).as("only the owner removes").isEqualTo(403);
		assertThat(resident.get("/api/v1/messaging/channels").json()).isEmpty();
		assertThat(resident.get("/api/v1/messaging/channels/" + channel + "/posts").status()).isEqualTo(404);
		assertThat(resident.post("/api/v1/messaging/join", Map.of("code", code)).body()).contains("已被移出");
	}

	@Test
	void aFloodOfPostsIsRefusedWith429() {
		long channel = courtyardOf("gridworker1");
		String name = resident();
		Api resident = api.withToken(api.tokenFor(name, Api.DEMO_PASSWORD));
		String code = api.as("gridworker1").get("/api/v1/messaging/channels/" + channel).json().path("channel")
			.path("joinCode").asString();
		long account = resident.post("/api/v1/messaging/join", Map.of("code", code)).json().path("accountId").asLong();
		api.as("gridworker1").post("/api/v1/messaging/channels/" + channel + "/members/" + account + "/approve",
				Map.of());
		for (int i = 1; i <= 10; i++) {
			assertThat(resident.post("/api/v1/messaging/channels/" + channel + "/posts", post("good-news", "第" + i + "条"))
				.status()).isEqualTo(201);
		}
		long seq = lastSeq(channel);
		var flood = resident.post("/api/v1/messaging/channels/" + channel + "/posts", post("good-news", "第11条"));
		assertThat(flood.status()).isEqualTo(429);
		assertThat(flood.body()).contains("too-many-requests").contains("60 秒内最多 10 条");
		assertThat(flood.errorFields()).containsExactly("body");
		assertThat(lastSeq(channel)).isEqualTo(seq);
	}

	private long courtyardOf(String worker) {
		return courtyardOf(api, worker);
	}

	/** The first courtyard channel a grid worker is in by their post. */
	static long courtyardOf(Api api, String worker) {
		for (JsonNode s : api.as(worker).get("/api/v1/messaging/channels").json()) {
			if (s.path("channel").path("level").asString().equals("COURTYARD")) {
				return s.path("channel").path("id").asLong();
			}
		}
		throw new AssertionError(worker + " is in no courtyard channel");
	}

	private long lastSeq(long channel) {
		return api.as("community1").get("/api/v1/messaging/channels/" + channel).json().path("channel").path("lastSeq")
			.asLong();
	}

	private long unread(String user, long channel) {
		return api.as(user).get("/api/v1/messaging/channels/" + channel).json().path("unread").asLong();
	}

	private String resident() {
		return resident(api);
	}

	/** A resident account of the test's own, opened by the administrator. */
	static String resident(Api api) {
		String username = "mr-" + Long.toString(System.nanoTime(), 36);
		var created = api.as("admin").post("/api/v1/accounts", new HashMap<>(Map.of("username", username,
				"displayName", "群测试居民", "password", Api.DEMO_PASSWORD, "role", "RESIDENT")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}

	static Body post(String kind, String body) {
		Body b = new Body();
		if (kind != null) {
			b.put("kind", kind);
		}
		b.put("body", body);
		return b;
	}

	static final class Body extends HashMap<String, Object> {

		Body with(String key, Object value) {
			put(key, value);
			return this;
		}
	}

	static void assertRefused(Api.Response r, int status, String field, String words) {
		assertThat(r.status()).as(r.body()).isEqualTo(status);
		assertThat(r.errorFields()).as(r.body()).containsExactly(field);
		assertThat(r.body()).contains(words);
	}
}
