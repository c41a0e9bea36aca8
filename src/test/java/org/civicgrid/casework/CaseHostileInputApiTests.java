package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.casework.CaseApiFixture.strings;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile and careless input at intake, each answered with a localized 4xx problem naming the field and never a 500:
 * coordinates out of range or of the wrong type, unknown categories, oversized text, script in descriptions (kept
 * verbatim, escaped where rendered), photos that are not pictures or are too many pixels, and replayed actions.
 */
class CaseHostileInputApiTests extends ApiTest {

	CaseApiFixture cases;

	@BeforeEach
	void setUp() {
		cases = new CaseApiFixture(api);
	}

	Map<String, Object> report(Object lat, Object lng) {
		Map<String, Object> location = new HashMap<>();
		location.put("lat", lat);
		location.put("lng", lng);
		Map<String, Object> body = new HashMap<>(cases.report("坐标 " + CaseApiFixture.marker()));
		body.put("location", location);
		return body;
	}

	@Test
	void coordinatesOutOfRangeAreNamedInTheCallersLanguage() {
		Api.Response r = api.as("resident1").inEnglish().post("/api/v1/cases", report(123.4, -200));
		assertThat(r.status()).as(r.body()).isEqualTo(422);
		assertThat(r.errorFields()).containsExactlyInAnyOrder("location.lat", "location.lng");
		assertThat(r.json().path("title").asString()).isNotBlank();

		Api.Response text = api.as("resident1").post("/api/v1/cases", report("north", 113.7));
		assertThat(text.status()).as(text.body()).isEqualTo(400);
		assertThat(text.errorFields()).containsExactly("location.lat");

		Api.Response nan = api.as("resident1").send("POST", "/api/v1/cases", "application/json",
				"{\"categoryCode\":\"E0102\",\"description\":\"x\",\"location\":{\"lat\":NaN,\"lng\":1e400}}"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(nan.status()).as(nan.body()).isBetween(400, 422);
		assertThat(nan.contentType()).startsWith("application/problem+json");
	}

	@Test
	void unknownCategoriesAndOversizedTextAreNamed() {
		Map<String, Object> body = new HashMap<>(cases.report("分类 " + CaseApiFixture.marker()));
		body.put("categoryCode", "Z9999");
		Api.Response unknown = api.as("resident1").post("/api/v1/cases", body);
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.errorFields()).containsExactly("categoryCode");
		assertThat(unknown.json().path("errors").get(0).path("message").asString()).contains("Z9999");

		body.put("categoryCode", "<img src=x onerror=alert(1)>");
		body.put("description", "长".repeat(4001));
		Api.Response both = api.as("resident1").post("/api/v1/cases", body);
		assertThat(both.status()).isEqualTo(422);
		assertThat(both.errorFields()).containsExactlyInAnyOrder("categoryCode", "description");
	}

	@Test
	void scriptInADescriptionIsKeptAsTextAndEscapedOnThePage() throws Exception {
		String hostile = "<script>alert('x')</script><a href=\"javascript:alert(1)\">点我</a> " + CaseApiFixture.marker();
		long id = cases.reportAs("resident1", hostile).path("id").asLong();
		assertThat(api.as("dispatcher").get("/api/v1/cases/" + id).json().path("description").asString())
			.isEqualTo(hostile);
		String html = pageAs("dispatcher", "/cases/" + id);
		assertThat(html).doesNotContain("<script>alert('x')</script>").doesNotContain("<a href=\"javascript:");
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
		String board = pageAs("dispatcher", "/cases/board");
		assertThat(board).doesNotContain("<script>alert('x')</script>");
	}

	@Test
	void aDecompressionBombIsRefusedFromItsHeader() {
		// a 20000 x 20000 PNG is a few hundred kilobytes but 400 megapixels
		byte[] bomb = hugePng(20_000, 20_000);
		Api.Response r = new Multipart()
			.json("report", "{\"categoryCode\":\"E0102\",\"description\":\"炸弹\",\"location\":{\"lat\":" + cases.lat
					+ ",\"lng\":" + cases.lng + "}}")
			.file("photos", "bomb.png", "image/png", bomb)
			.post(api.as("resident1"), "/api/v1/cases");
		assertThat(r.status()).as(r.body()).isEqualTo(422);
		assertThat(r.errorFields()).containsExactly("photos");
		assertThat(r.json().path("errors").get(0).path("message").asString()).contains("20000");
	}

	@Test
	void aReplayedActionIsAConflictWithTheAllowedActionsAndWritesNothing() {
		long id = cases.reportAs("resident1", "重放 " + CaseApiFixture.marker()).path("id").asLong();
		cases.step("gridworker1", id, "verify", Map.of("note", "现场确认"));
		Api.Response replay = cases.act("gridworker1", id, "verify", Map.of("note", "现场确认"));
		assertThat(replay.status()).isEqualTo(409);
		assertThat(replay.json().path("caseStatus").asString()).isEqualTo("VERIFIED");
		assertThat(strings(replay.json().path("allowedActions"))).containsExactly("file", "dismiss", "instruct",
				"merge");
		cases.step("dispatcher", id, "file", Map.of());
		Api.Response fileAgain = cases.act("dispatcher", id, "file", Map.of());
		assertThat(fileAgain.status()).isEqualTo(409);
		assertThat(strings(fileAgain.json().path("allowedActions"))).contains("dispatch");
		assertThat(cases.historyLength("dispatcher", id)).isEqualTo(3);
	}

	@Test
	void aPhotoOfACaseIsRefusedForBadIds() {
		assertThat(api.as("dispatcher").get("/api/v1/cases/abc/photos/1").status()).isEqualTo(400);
		assertThat(api.as("dispatcher").get("/api/v1/cases/1/photos/x").status()).isEqualTo(400);
		assertThat(api.as("dispatcher").get("/api/v1/cases/-5/photos/1").status()).isEqualTo(404);
	}

	private String pageAs(String username, String path) throws Exception {
		var http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String base = "http://localhost:" + port;
		var login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(m.find()).isTrue();
		String form = "username=" + username + "&password=" + Api.DEMO_PASSWORD + "&_csrf=" + m.group(1);
		http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return page.body();
	}

	/** A PNG of the given size whose header is honest: one flat colour compresses to very little. */
	private static byte[] hugePng(int w, int h) {
		try {
			var out = new java.io.ByteArrayOutputStream();
			var data = new java.io.ByteArrayOutputStream();
			try (var z = new java.util.zip.DeflaterOutputStream(data,
					new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
				byte[] row = new byte[w / 8 + 1]; // filter byte + 1 bit per pixel
				for (int y = 0; y < h; y++) {
					z.write(row);
				}
			}
			out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
			chunk(out, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 1).put((byte) 0)
				.put((byte) 0).put((byte) 0).put((byte) 0).array());
			chunk(out, "IDAT", data.toByteArray());
			chunk(out, "IEND", new byte[0]);
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}

	private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) throws java.io.IOException {
		var crc = new java.util.zip.CRC32();
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
		out.write(name);
		out.write(data);
		crc.update(name);
		crc.update(data);
		out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
