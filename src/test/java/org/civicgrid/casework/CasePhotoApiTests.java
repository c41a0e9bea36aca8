package org.civicgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;

import javax.imageio.ImageIO;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Photos over HTTP: a report carries them as multipart parts, the trace names them, and they are served (whole and
 * as a 320 px JPEG thumbnail) only to callers who may see the case. What is no picture, is too large or too many is
 * refused naming the field, and nothing is written.
 */
class CasePhotoApiTests extends ApiTest {

	CaseApiFixture cases;

	@BeforeEach
	void setUp() {
		cases = new CaseApiFixture(api);
	}

	String reportJson(String description) {
		return """
				{"categoryCode":"E0102","description":"%s","location":{"lat":%s,"lng":%s},"address":"如意湖路口"}"""
			.formatted(description, cases.lat, cases.lng);
	}

	@Test
	void aResidentReportsWithAPhotoAndOnlyThoseWhoSeeTheCaseSeeIt() throws Exception {
		byte[] png = TestImages.png(1200, 800);
		Api.Response r = new Multipart().json("report", reportJson("井盖缺失 " + CaseApiFixture.marker()))
			.file("photos", "well.png", "image/png", png)
			.post(api.as("resident1"), "/api/v1/cases");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		long id = r.json().path("id").asLong();
		assertThat(r.json().path("channel").asString()).isEqualTo("RESIDENT");

		JsonNode detail = api.as("resident1").get("/api/v1/cases/" + id).json();
		JsonNode photoIds = detail.path("history").get(0).path("photos");
		assertThat(photoIds.size()).isEqualTo(1);
		String photo = "/api/v1/cases/" + id + "/photos/" + photoIds.get(0).asString();

		HttpResponse<byte[]> whole = api.as("resident1").getBytes(photo);
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.headers().firstValue("content-type")).hasValue("image/png");
		assertThat(Arrays.equals(whole.body(), png)).as("the bytes as uploaded").isTrue();

		HttpResponse<byte[]> thumb = api.as("dispatcher").getBytes(photo + "/thumbnail");
		assertThat(thumb.statusCode()).isEqualTo(200);
		assertThat(thumb.headers().firstValue("content-type")).hasValue("image/jpeg");
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumb.body()));
		assertThat(small.getWidth()).isEqualTo(320);
		assertThat(small.getHeight()).isEqualTo(213);

		assertThat(api.as("gridworker2").getBytes(photo).statusCode()).as("another grid").isEqualTo(403);
		assertThat(api.as("volunteer1").getBytes(photo + "/thumbnail").statusCode()).as("not the reporter")
			.isEqualTo(403);
		assertThat(api.as("handler").getBytes(photo).statusCode()).as("not assigned to the department")
			.isEqualTo(403);
		assertThat(Api.on(port).getBytes(photo).statusCode()).as("anonymous").isEqualTo(401);
		assertThat(api.as("resident1").getBytes("/api/v1/cases/" + id + "/photos/999999999").statusCode())
			.isEqualTo(404);

		// a photo is served only under its own case
		long other = cases.reportAs("resident1", "另一处 " + CaseApiFixture.marker()).path("id").asLong();
		assertThat(api.as("resident1").getBytes("/api/v1/cases/" + other + "/photos/" + photoIds.get(0).asString())
			.statusCode()).isEqualTo(404);
	}

	@Test
	void whatIsNoPictureIsRefusedWhateverItClaimsAndNothingIsWritten() {
		String marker = CaseApiFixture.marker();
		Api.Response r = new Multipart().json("report", reportJson("伪装的图片 " + marker))
			.file("photos", "ok.jpg", "image/jpeg", TestImages.jpeg(50, 50))
			.file("photos", "evil.jpg", "image/jpeg", "<script>alert(1)</script>".getBytes())
			.post(api.as("resident1"), "/api/v1/cases");
		assertThat(r.status()).as(r.body()).isEqualTo(415);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().path("type").asString()).endsWith("/not-an-image");
		assertThat(r.errorFields()).containsExactly("photos");
		assertThat(r.json().path("errors").get(0).path("item").asInt()).isEqualTo(1);
		assertThat(r.json().path("errors").get(0).path("message").asString()).contains("evil.jpg");
		assertThat(api.as("dispatcher").get("/api/v1/cases?text=" + marker).json().path("total").asInt()).isZero();
	}

	@Test
	void aHugePhotoIsRefusedWith413NamingTheLimitInTheCallersLanguage() {
		byte[] huge = new byte[11 * 1024 * 1024];
		byte[] jpeg = TestImages.jpeg(20, 20);
		System.arraycopy(jpeg, 0, huge, 0, jpeg.length);
		Api.Response r = new Multipart().json("report", reportJson("大照片 " + CaseApiFixture.marker()))
			.file("photos", "huge.jpg", "image/jpeg", huge)
			.post(api.as("resident1").inEnglish(), "/api/v1/cases");
		assertThat(r.status()).as(r.body()).isEqualTo(413);
		assertThat(r.errorFields()).containsExactly("photos");
		assertThat(r.json().path("detail").asString()).contains("10 MB");
		assertThat(r.json().path("errors").get(0).path("message").asString()).contains("huge.jpg").contains("10 MB");
	}

	@Test
	void tooManyPhotosAndABadReportPartAreNamed() {
		Multipart many = new Multipart().json("report", reportJson("很多照片 " + CaseApiFixture.marker()));
		byte[] small = TestImages.png(10, 10);
		for (int i = 0; i < 10; i++) {
			many.file("photos", "p" + i + ".png", "image/png", small);
		}
		Api.Response r = many.post(api.as("resident1"), "/api/v1/cases");
		assertThat(r.status()).as(r.body()).isEqualTo(422);
		assertThat(r.errorFields()).containsExactly("photos");

		Api.Response broken = new Multipart().json("report", "{not json")
			.file("photos", "p.png", "image/png", small)
			.post(api.as("resident1"), "/api/v1/cases");
		assertThat(broken.status()).as(broken.body()).isEqualTo(400);
		assertThat(broken.errorFields()).containsExactly("report");

		Api.Response invalid = new Multipart()
			.json("report", "{\"categoryCode\":\"E0102\",\"description\":\"x\",\"location\":{\"lat\":91,\"lng\":113}}")
			.post(api.as("resident1"), "/api/v1/cases");
		assertThat(invalid.status()).as(invalid.body()).isEqualTo(422);
		assertThat(invalid.errorFields()).containsExactly("location.lat");

		Api.Response missing = new Multipart().file("photos", "p.png", "image/png", small)
			.post(api.as("resident1"), "/api/v1/cases");
		assertThat(missing.status()).as(missing.body()).isEqualTo(400);
		assertThat(missing.errorFields()).containsExactly("report");
	}

	@Test
	void theHandlerReportsBackWithPhotosAfter() {
		long id = cases.reportAs("gridworker1", "占道经营 " + CaseApiFixture.marker()).path("id").asLong();
		cases.step("gridworker1", id, "verify", Map.of());
		cases.step("dispatcher", id, "file", Map.of());
		cases.step("dispatcher", id, "dispatch", Map.of("assigneeUnit", CaseApiFixture.GRID, "assigneeUser",
				"gridworker1"));
		cases.step("gridworker1", id, "accept", Map.of());
		Api.Response r = new Multipart().json("action", "{\"note\":\"已清理\"}")
			.file("photos", "after.jpg", "image/jpeg", TestImages.jpeg(640, 480))
			.post(api.as("gridworker1"), "/api/v1/cases/" + id + "/actions/handle");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().path("status").asString()).isEqualTo("HANDLED");
		JsonNode last = lastStep(api.as("dispatcher").get("/api/v1/cases/" + id).json());
		assertThat(last.path("action").asString()).isEqualTo("handle");
		assertThat(last.path("photos").size()).isEqualTo(1);
		assertThat(api.as("supervisor").getBytes("/api/v1/cases/" + id + "/photos/" + last.path("photos").get(0)
			.asString() + "/thumbnail").statusCode()).isEqualTo(200);

		// the same step again: 409 with what is allowed now, and no photo stored for it
		Api.Response again = new Multipart().json("action", "{\"note\":\"已清理\"}")
			.file("photos", "after.jpg", "image/jpeg", TestImages.jpeg(64, 48))
			.post(api.as("gridworker1"), "/api/v1/cases/" + id + "/actions/handle");
		assertThat(again.status()).as(again.body()).isEqualTo(409);
		assertThat(again.json().path("caseStatus").asString()).isEqualTo("HANDLED");
		assertThat(again.json().has("allowedActions")).isTrue();
	}

	static JsonNode lastStep(JsonNode detail) {
		JsonNode history = detail.path("history");
		return history.get(history.size() - 1);
	}

	static java.util.List<String> actions(JsonNode history) {
		java.util.List<String> actions = new java.util.ArrayList<>();
		history.forEach(step -> actions.add(step.path("action").isMissingNode() ? "report" : step.path("action")
			.asString()));
		return actions;
	}
}
