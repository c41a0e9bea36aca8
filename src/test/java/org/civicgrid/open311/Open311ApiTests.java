package org.civicgrid.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/** GeoReport v2 as a client sees it over HTTP, in XML and in JSON. */
class Open311ApiTests extends ApiTest {

	Open311Client xml;
	Open311Client json;
	Open311Fixture fixture;

	@BeforeEach
	void clients() {
		xml = Open311Client.xml(port);
		json = Open311Client.json(port);
		fixture = new Open311Fixture(api);
	}

	@Test
	void discoveryNamesTheEndpointAndItsFormats() {
		Open311Client.Reply x = xml.get("discovery");
		assertThat(x.status()).isEqualTo(200);
		assertThat(x.contentType()).startsWith("text/xml");
		assertThat(x.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		assertThat(x.root()).isEqualTo("discovery");
		Element endpoint = (Element) x.xml().getElementsByTagName("endpoint").item(0);
		assertThat(endpoint.getElementsByTagName("specification").item(0).getTextContent())
			.isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(endpoint.getElementsByTagName("url").item(0).getTextContent()).endsWith("/open311/v2");
		assertThat(endpoint.getElementsByTagName("format").getLength()).isEqualTo(2);

		JsonNode j = json.get("discovery").json();
		assertThat(j.path("endpoints").get(0).path("formats").toString()).contains("text/xml", "application/json");
		assertThat(j.path("changeset").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
	}

	@Test
	void behindAProxyDiscoveryAndMediaNameTheForwardedHostAndScheme() {
		Map<String, String> xForwarded = Map.of("X-Forwarded-Host", "wangge.example.cn", "X-Forwarded-Proto", "https");
		Open311Client.Reply x = xml.throughProxy(xForwarded).get("discovery");
		Element endpoint = (Element) x.xml().getElementsByTagName("endpoint").item(0);
		assertThat(endpoint.getElementsByTagName("url").item(0).getTextContent())
			.isEqualTo("https://wangge.example.cn/open311/v2");

		Open311Client rfc7239 = json.throughProxy(Map.of("Forwarded", "for=203.0.113.7;proto=https;host=311.example.org"));
		assertThat(rfc7239.get("discovery").json().path("endpoints").get(0).path("url").asString())
			.isEqualTo("https://311.example.org/open311/v2");

		// a request's uploaded media is linked under the public address too, and served there
		String id = json.postMultipart("requests", fixture.request("代理后上报 " + Open311Fixture.marker()), "p.png",
				"image/png", Open311Fixture.photo()).items().get(0).get("service_request_id");
		assertThat(json.throughProxy(xForwarded).get("requests/" + id).items().get(0).get("media_url"))
			.isEqualTo("https://wangge.example.cn/open311/v2/requests/" + id + "/media");

		// without the proxy's headers the application names itself
		assertThat(json.get("discovery").json().path("endpoints").get(0).path("url").asString())
			.isEqualTo("http://localhost:" + port + "/open311/v2");
	}

	@Test
	void servicesAreTheCatalogsSmallClasses() {
		for (Open311Client client : List.of(xml, json)) {
			Open311Client.Reply r = client.get("services");
			assertThat(r.status()).isEqualTo(200);
			Map<String, String> garbage = r.items().stream().filter(s -> "E0102".equals(s.get("service_code")))
				.findFirst().orElseThrow();
			assertThat(garbage).containsEntry("service_name", "暴露垃圾").containsEntry("group", "市容环境")
				.containsEntry("metadata", "true").containsEntry("type", "realtime");
			assertThat(garbage.get("description")).contains("生活垃圾");
			assertThat(r.items()).anyMatch(s -> "C0101".equals(s.get("service_code")));
		}
		assertThat(xml.get("services").root()).isEqualTo("services");
	}

	@Test
	void definitionListsAttributesWithTheirValues() {
		Open311Client.Reply x = xml.get("services/C0101");
		assertThat(x.status()).isEqualTo(200);
		assertThat(x.root()).isEqualTo("service_definition");
		assertThat(x.object()).containsEntry("service_code", "C0101");
		var attributes = x.xml().getElementsByTagName("attribute");
		assertThat(attributes.getLength()).isEqualTo(2);
		Element urgency = (Element) attributes.item(0);
		assertThat(urgency.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("urgency");
		assertThat(urgency.getElementsByTagName("datatype").item(0).getTextContent()).isEqualTo("singlevaluelist");
		assertThat(urgency.getElementsByTagName("key").item(2).getTextContent()).isEqualTo("urgent");
		assertThat(urgency.getElementsByTagName("name").item(2).getTextContent()).isEqualTo("紧急");

		JsonNode j = json.get("services/E0102").json();
		assertThat(j.path("attributes")).hasSize(1);
		assertThat(j.path("attributes").get(0).path("required").asBoolean()).isFalse();
		assertThat(j.path("attributes").get(0).path("values").get(0).path("key").asString()).isEqualTo("normal");

		Open311Client.Reply unknown = json.get("services/X9999");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get(0).path("code").asInt()).isEqualTo(404);
		assertThat(unknown.json().get(0).path("description").asString()).contains("X9999");
	}

	@Test
	void postedRequestBecomesACaseReadableByIdAndToken() {
		String marker = Open311Fixture.marker();
		Map<String, String> form = fixture.request("路口垃圾成堆 " + marker);
		form.put("attribute[urgency]", "urgent");
		Open311Client.Reply posted = xml.post("requests", form);
		assertThat(posted.status()).isEqualTo(201);
		assertThat(posted.root()).isEqualTo("service_requests");
		Map<String, String> answer = posted.items().get(0);
		String id = answer.get("service_request_id");
		assertThat(id).matches("\\d+");
		assertThat(answer.get("token")).matches("[0-9a-f-]{36}");
		assertThat(answer.get("service_notice")).startsWith("已受理，案件编号 SJ");
		assertThat(answer).containsEntry("account_id", "fms-7");

		for (Open311Client client : List.of(xml, json)) {
			Open311Client.Reply one = client.get("requests/" + id);
			assertThat(one.status()).isEqualTo(200);
			Map<String, String> request = one.items().get(0);
			assertThat(request).containsEntry("service_request_id", id).containsEntry("status", "open")
				.containsEntry("status_notes", "已上报").containsEntry("service_code", "E0102")
				.containsEntry("service_name", "暴露垃圾").containsEntry("address", "如意湖路 1 号")
				.containsEntry("agency_responsible", "区环卫中心")
				.containsEntry("media_url", "https://fixmystreet.example.org/photo/1.jpeg");
			assertThat(request.get("description")).contains(marker).contains("紧急程度：紧急");
			assertThat(request.get("requested_datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
			assertThat(Double.parseDouble(request.get("lat"))).isEqualTo(fixture.lat);
			assertThat(Double.parseDouble(request.get("long"))).isEqualTo(fixture.lng);
			assertThat(request).doesNotContainKey("extended_attributes");
			assertThat(one.body()).doesNotContain("reporter@example.org");

			Open311Client.Reply token = client.get("tokens/" + answer.get("token"));
			assertThat(token.status()).isEqualTo(200);
			assertThat(token.items().get(0)).containsEntry("service_request_id", id)
				.containsEntry("token", answer.get("token"));
		}
		JsonNode extended = json.get("requests/" + id, Map.of("extensions", "true")).json().get(0)
			.path("extended_attributes");
		assertThat(extended.path("case_status").asString()).isEqualTo("REPORTED");
		assertThat(extended.path("channel").asString()).isEqualTo("OPEN311");
		assertThat(extended.path("grid_code").asString()).isEqualTo("410105560001001");
		assertThat(extended.path("attributes").path("urgency").asString()).isEqualTo("urgent");

		// staff find it in the closed loop, reported on the Open311 channel in the key's name
		JsonNode staff = api.as("dispatcher").get("/api/v1/cases/" + id).json();
		assertThat(staff.path("channel").asString()).isEqualTo("OPEN311");
		assertThat(staff.path("status").asString()).isEqualTo("REPORTED");
		assertThat(staff.path("reporter").asString()).startsWith("open311:");
		// the contact the other system sent is personal data: masked, in clear only for a reason
		assertThat(staff.path("reporterContact").asString()).doesNotContain("王小明").doesNotContain("reporter@")
			.endsWith(".org");
		var revealed = api.as("dispatcher").post("/api/v1/cases/" + id + "/reporter-contact/reveal",
				Map.of("reason", "回访 Open311 上报人"));
		assertThat(revealed.json().path("reporterContact").asString()).contains("王小明")
			.contains("reporter@example.org");
	}

	/** The public reads what the reporter reads on their own page (PublicProgress), never a note staff wrote. */
	@Test
	void aRequestsStatusNotesCarryTheReplyToTheReporterAndNoStaffNote() {
		String marker = Open311Fixture.marker();
		String id = xml.post("requests", fixture.request("垃圾未清 " + marker)).items().get(0)
			.get("service_request_id");
		step("gridworker1", id, "verify", Map.of("note", "内部：核实人 " + marker));
		step("dispatcher", id, "file", Map.of());
		step("dispatcher", id, "dispatch", Map.of("assigneeUnit", "410105560001001", "assigneeUser", "gridworker1"));
		step("gridworker1", id, "accept", Map.of());
		step("leader", id, "instruct", Map.of("note", "内部批示 " + marker));
		assertThat(json.get("requests/" + id).items().get(0)).containsEntry("status_notes", "处置中");
		step("gridworker1", id, "handle", Map.of("note", "已清运完毕"));
		// reported back, not yet checked: no answer to give yet
		assertThat(json.get("requests/" + id).items().get(0)).containsEntry("status_notes", "已反馈");
		step("supervisor", id, "check-pass", Map.of("note", "内部：核查人 " + marker));

		for (Open311Client client : List.of(xml, json)) {
			Open311Client.Reply one = client.get("requests/" + id);
			assertThat(one.items().get(0)).containsEntry("status", "closed")
				.containsEntry("status_notes", "已结案：已清运完毕");
			assertThat(one.body()).doesNotContain("内部");
		}
	}

	private void step(String username, String id, String action, Map<String, ?> body) {
		var r = api.as(username).post("/api/v1/cases/" + id + "/actions/" + action, body);
		assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
	}

	@Test
	void disputesArePublicByStatusOnly() {
		String marker = Open311Fixture.marker();
		Map<String, String> form = fixture.request("邻里纠纷 张三 " + marker);
		form.put("service_code", "E0601");
		form.remove("media_url");
		String id = xml.postMultipart("requests", form, "zhangsan.png", "image/png", Open311Fixture.photo()).items()
			.get(0).get("service_request_id");
		assertThat(xml.fetch(baseUrl() + "/requests/" + id + "/media").statusCode()).isEqualTo(404);
		for (Open311Client client : List.of(xml, json)) {
			Map<String, String> request = client.get("requests/" + id).items().get(0);
			assertThat(request).containsEntry("status", "open").containsEntry("service_code", "E0601")
				.containsEntry("description", "").containsEntry("address", "").containsEntry("lat", "")
				.containsEntry("media_url", "");
			assertThat(client.get("requests", Map.of("service_request_id", id)).body()).doesNotContain(marker);
		}
		// staff still read all of it
		assertThat(api.as("dispatcher").get("/api/v1/cases/" + id).json().path("description").asString())
			.contains(marker);
		// and their notes do not leave through the update feed
		assertThat(api.as("gridworker1").post("/api/v1/cases/" + id + "/actions/verify",
				Map.of("note", "李四家 " + marker)).status()).isEqualTo(200);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
		Map<String, String> update = json.get("servicerequestupdates", Map.of("api_key", Open311Fixture.DEMO_KEY,
				"start_date", now.minusHours(1).toString(), "end_date", now.plusHours(1).toString()))
			.items().stream().filter(u -> id.equals(u.get("service_request_id"))).findFirst().orElseThrow();
		assertThat(update).containsEntry("description", "已核实").containsEntry("external_status_code", "VERIFIED");
	}

	@Test
	void aPhotoPostedAsMediaIsTheCasesPhotoAndTheRequestsMediaUrl() {
		String marker = Open311Fixture.marker();
		byte[] png = Open311Fixture.photo();
		Map<String, String> form = fixture.request("多段上报 " + marker);
		form.remove("media_url");
		// the type a client claims is not what decides: this PNG is sent as a JPEG
		Open311Client.Reply posted = json.postMultipart("requests", form, "IMG_0042.jpg", "image/jpeg", png);
		assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
		String id = posted.items().get(0).get("service_request_id");
		String mediaUrl = baseUrl() + "/requests/" + id + "/media";

		for (Open311Client client : List.of(xml, json)) {
			Map<String, String> request = client.get("requests/" + id).items().get(0);
			assertThat(request.get("description")).isEqualTo("多段上报 " + marker);
			assertThat(request).containsEntry("media_url", mediaUrl);
			assertThat(client.get("requests", Map.of("service_request_id", id)).items().get(0))
				.containsEntry("media_url", mediaUrl);
		}
		HttpResponse<byte[]> media = json.fetch(mediaUrl);
		assertThat(media.statusCode()).isEqualTo(200);
		assertThat(media.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
		assertThat(media.body()).isEqualTo(png);

		// staff see it as the case's photo, taken with the report
		JsonNode report = api.as("dispatcher").get("/api/v1/cases/" + id).json().path("history").get(0);
		assertThat(report.path("photos")).hasSize(1);
		HttpResponse<byte[]> photo = api.as("dispatcher")
			.getBytes("/api/v1/cases/" + id + "/photos/" + report.path("photos").get(0).asString());
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(photo.body()).isEqualTo(png);
	}

	@Test
	void aMediaFileThatIsNoPictureIsRefusedWith400AndNothingIsReported() {
		String marker = Open311Fixture.marker();
		byte[] text = ("not a picture " + marker).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		for (Open311Client client : List.of(xml, json)) {
			Open311Client.Reply refused = client.postMultipart("requests", fixture.request("假图片 " + marker),
					"photo.png", "image/png", text);
			assertError(refused, 400, "media: 文件 photo.png 不是可识别的 JPEG、PNG 或 WebP 图片");
		}
		assertThat(json.get("requests").body()).doesNotContain(marker);
		assertThat(json.fetch(baseUrl() + "/requests/999999999/media").statusCode()).isEqualTo(404);
	}

	@Test
	void unknownIdsAndTokensAre404InTheSpecsErrorFormat() {
		Open311Client.Reply x = xml.get("requests/999999999");
		assertThat(x.status()).isEqualTo(404);
		assertThat(x.root()).isEqualTo("errors");
		assertThat(x.items().get(0)).containsEntry("code", "404");
		assertThat(x.items().get(0).get("description")).contains("999999999");
		assertThat(json.get("requests/abc").status()).isEqualTo(404);
		assertThat(json.get("tokens/00000000-0000-0000-0000-000000000000").json().get(0).path("code").asInt())
			.isEqualTo(404);
		assertThat(json.get("tokens/not-a-token").status()).isEqualTo(404);
		assertThat(api.get("/open311/v2/services.csv").status()).isEqualTo(404);
	}

	@Test
	void postWithoutOrWithAWrongKeyIsRefusedWith403() {
		Map<String, String> form = fixture.request("无密钥 " + Open311Fixture.marker());
		form.remove("api_key");
		Open311Client.Reply x = xml.post("requests", form);
		assertThat(x.status()).isEqualTo(403);
		assertThat(x.root()).isEqualTo("errors");
		assertThat(x.items().get(0)).containsEntry("code", "403");
		assertThat(x.items().get(0).get("description")).startsWith("api_key: 缺少 api_key");

		form.put("api_key", "not-a-key");
		Open311Client.Reply j = json.post("requests", form);
		assertThat(j.status()).isEqualTo(403);
		assertThat(j.json().get(0).path("code").asInt()).isEqualTo(403);
		assertThat(j.json().get(0).path("description").asString()).contains("api_key 无效或已撤销");
	}

	@Test
	void aRevokedKeyStopsWorking() {
		JsonNode issued = api.as("admin").post("/api/v1/open311/keys", Map.of("label", "测试站点 " + Open311Fixture.marker()))
			.json();
		String key = issued.path("key").asString();
		long keyId = issued.path("apiKey").path("id").asLong();
		Map<String, String> form = fixture.request("新密钥 " + Open311Fixture.marker());
		form.put("api_key", key);
		assertThat(json.post("requests", form).status()).isEqualTo(201);

		var revoked = api.as("admin").delete("/api/v1/open311/keys/" + keyId);
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.json().path("revokedBy").asString()).isEqualTo("admin");
		Open311Client.Reply refused = json.post("requests", form);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get(0).path("description").asString()).contains("已撤销");
	}

	@Test
	void badInputIs400NamingTheParameter() {
		Map<String, String> unknown = fixture.request("未知服务");
		unknown.put("service_code", "E9999");
		assertError(xml.post("requests", unknown), 400, "service_code: 没有服务代码“E9999”");

		Map<String, String> outside = fixture.request("区外");
		outside.put("lat", "39.9");
		outside.put("long", "116.4");
		assertError(json.post("requests", outside), 400, "lat: ");

		Map<String, String> letters = fixture.request("坏纬度");
		letters.put("lat", "north");
		assertError(xml.post("requests", letters), 400, "lat: 参数 lat 应为数字");

		Map<String, String> range = fixture.request("超范围");
		range.put("lat", "91");
		assertError(json.post("requests", range), 400, "lat: 参数 lat 超出范围");

		Map<String, String> addressOnly = fixture.request("只有地址");
		addressOnly.remove("lat");
		addressOnly.remove("long");
		assertError(json.post("requests", addressOnly), 400, "暂不能仅凭地址定位");

		Map<String, String> value = fixture.request("坏属性");
		value.put("attribute[urgency]", "apocalyptic");
		assertError(json.post("requests", value), 400, "attribute[urgency]: ");
		Map<String, String> attribute = fixture.request("未知属性");
		attribute.put("attribute[colour]", "red");
		assertError(json.post("requests", attribute), 400, "attribute[colour]: 服务 E0102 没有属性 colour");

		Map<String, String> media = fixture.request("坏链接");
		media.put("media_url", "javascript:alert(1)");
		assertError(json.post("requests", media), 400, "media_url: ");

		assertError(json.get("requests", Map.of("status", "pending")), 400, "status: ");
		assertError(xml.get("requests", Map.of("start_date", "yesterday")), 400, "start_date: ");
		assertError(json.get("requests", Map.of("page_size", "5000")), 400, "page_size: ");
		assertError(json.get("requests", Map.of("start_date", "2026-11-22T00:00:00+08:00", "end_date",
				"2026-11-01T00:00:00+08:00")), 400, "end_date: ");
	}

	@Test
	void scriptInADescriptionComesBackEscapedInXml() {
		String marker = Open311Fixture.marker();
		String id = xml.post("requests", fixture.request("<script>alert('" + marker + "')</script> & more")).items()
			.get(0).get("service_request_id");
		Open311Client.Reply x = xml.get("requests/" + id);
		assertThat(x.body()).contains("&lt;script&gt;").doesNotContain("<script>");
		assertThat(x.items().get(0).get("description")).startsWith("<script>alert('" + marker + "')</script> & more");
	}

	@Test
	void listFiltersByIdsCodeStatusAndDatesAndPages() {
		String marker = Open311Fixture.marker();
		String first = json.post("requests", fixture.request("筛选一 " + marker)).items().get(0).get("service_request_id");
		Map<String, String> component = fixture.request("筛选二 " + marker);
		component.put("service_code", "C0101");
		component.put("attribute[component_code]", "0101-000123");
		String second = json.post("requests", component).items().get(0).get("service_request_id");

		for (Open311Client client : List.of(xml, json)) {
			List<Map<String, String>> byIds = client.get("requests",
					Map.of("service_request_id", first + "," + second)).items();
			assertThat(byIds).extracting(m -> m.get("service_request_id")).containsExactly(second, first);

			List<Map<String, String>> byCode = client.get("requests", Map.of("service_code", "C0101", "status", "open"))
				.items();
			assertThat(byCode).extracting(m -> m.get("service_request_id")).contains(second).doesNotContain(first);
			assertThat(byCode).allMatch(m -> "C0101".equals(m.get("service_code")) && "open".equals(m.get("status")));

			assertThat(client.get("requests", Map.of("status", "closed")).items())
				.extracting(m -> m.get("service_request_id")).doesNotContain(first, second)
				.allMatch(s -> true);
			assertThat(client.get("requests", Map.of("status", "closed")).items())
				.allMatch(m -> "closed".equals(m.get("status")));

			// requests of 2020 are outside the span asked for
			assertThat(client.get("requests", Map.of("start_date", "2020-01-01T00:00:00Z", "end_date",
					"2020-02-01T00:00:00+08:00")).items()).isEmpty();

			// newest first, one per page
			List<Map<String, String>> page1 = client.get("requests",
					Map.of("service_request_id", first + "," + second, "page_size", "1", "page", "1")).items();
			List<Map<String, String>> page2 = client.get("requests",
					Map.of("service_request_id", first + "," + second, "page_size", "1", "page", "2")).items();
			assertThat(page1).extracting(m -> m.get("service_request_id")).containsExactly(second);
			assertThat(page2).extracting(m -> m.get("service_request_id")).containsExactly(first);
		}
		// the default list (last 90 days) holds the new requests
		assertThat(json.get("requests").items()).extracting(m -> m.get("service_request_id")).contains(first, second);
	}

	@Test
	void fixMyStreetUpdatesGoBothWays() {
		String marker = Open311Fixture.marker();
		String id = json.post("requests", fixture.request("更新 " + marker)).items().get(0).get("service_request_id");
		// a grid worker verifies it on site: the feed shows that step
		var verified = api.as("gridworker1").post("/api/v1/cases/" + id + "/actions/verify",
				Map.of("note", "现场核实 " + marker));
		assertThat(verified.status()).isEqualTo(200);

		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
		Map<String, String> window = Map.of("api_key", Open311Fixture.DEMO_KEY, "start_date",
				now.minusHours(1).toString(), "end_date", now.plusHours(1).toString());
		for (Open311Client client : List.of(xml, json)) {
			Open311Client.Reply feed = client.get("servicerequestupdates", window);
			assertThat(feed.status()).isEqualTo(200);
			List<Map<String, String>> ours = feed.items().stream()
				.filter(u -> id.equals(u.get("service_request_id")))
				.toList();
			assertThat(ours).hasSize(1);
			assertThat(ours.get(0)).containsEntry("update_id", id + "-2").containsEntry("status", "open")
				.containsEntry("external_status_code", "VERIFIED");
			assertThat(ours.get(0).get("description")).isEqualTo("已核实：现场核实 " + marker);
			assertThat(ours.get(0).get("updated_datetime")).endsWith("+08:00");
		}
		assertThat(xml.get("servicerequestupdates", window).root()).isEqualTo("service_request_updates");
		assertThat(json.get("servicerequestupdates", Map.of()).status()).isEqualTo(403);

		// FixMyStreet posts a comment the public left; a retry of the same update answers the same id
		Map<String, String> update = new HashMap<>(Map.of("api_key", Open311Fixture.DEMO_KEY, "service_request_id", id,
				"update_id", "fms-" + marker, "status", "OPEN", "description", "还没清理 " + marker, "updated_datetime",
				"2026-11-22T10:00:00+08:00", "first_name", "小明", "last_name", "王"));
		Open311Client.Reply posted = xml.post("servicerequestupdates", update);
		assertThat(posted.status()).isEqualTo(200);
		assertThat(posted.root()).isEqualTo("service_request_updates");
		assertThat(posted.items().get(0)).containsEntry("update_id", id + "-3");
		assertThat(json.post("servicerequestupdates", update).items().get(0)).containsEntry("update_id", id + "-3");

		JsonNode history = api.as("dispatcher").get("/api/v1/cases/" + id).json().path("history");
		assertThat(history).hasSize(3);
		// FixMyStreet sends OPEN with every comment on a report it shows open: that says nothing new
		assertThat(history.get(2).path("note").asString()).isEqualTo("还没清理 " + marker + " —王小明");
		assertThat(history.get(2).path("to").asString()).isEqualTo("VERIFIED");
		// the site's own comment comes back to it under the id its post answered, once
		assertThat(json.get("servicerequestupdates", window).items())
			.filteredOn(u -> (id + "-3").equals(u.get("update_id")))
			.singleElement()
			.satisfies(u -> assertThat(u).containsEntry("status", "open").containsEntry("external_status_code",
					"VERIFIED"));

		// an update id is one comment of the site: the same on another request is a conflict, not a retry
		String another = json.post("requests", fixture.request("另一个 " + marker)).items().get(0)
			.get("service_request_id");
		update.put("service_request_id", another);
		assertError(xml.post("servicerequestupdates", update), 409, "update_id“fms-" + marker + "”已用于服务请求 " + id);

		update.put("service_request_id", "999999999");
		assertError(json.post("servicerequestupdates", update), 404, "999999999");
		update.remove("api_key");
		assertError(json.post("servicerequestupdates", update), 403, "api_key");
		Map<String, String> noId = new HashMap<>(Map.of("api_key", Open311Fixture.DEMO_KEY, "service_request_id", id));
		assertError(xml.post("servicerequestupdates", noId), 400, "update_id");
	}

	@Test
	void updatesWithoutAKeyAreRefusedNamingTheUpdatesEndpoint() {
		Open311Client.Reply read = xml.get("servicerequestupdates");
		assertError(read, 403, "api_key: 缺少 api_key：读取和提交服务请求更新（servicerequestupdates）需要管理员签发的 API 密钥");
		assertThat(read.body()).doesNotContain("提交服务请求需要");

		Open311Client.Reply posted = json.inEnglish().post("servicerequestupdates",
				Map.of("service_request_id", "1", "update_id", "fms-1", "description", "x"));
		assertThat(posted.json().get(0).path("description").asString()).isEqualTo("api_key: api_key is missing: "
				+ "reading and posting service request updates (servicerequestupdates) needs an API key issued by an "
				+ "administrator");

		// posting a request still says what a request needs
		Map<String, String> form = fixture.request("无密钥 " + Open311Fixture.marker());
		form.remove("api_key");
		assertError(json.post("requests", form), 403, "api_key: 缺少 api_key：提交服务请求需要管理员签发的 API 密钥");
	}

	private String baseUrl() {
		return "http://localhost:" + port + "/open311/v2";
	}

	private static void assertError(Open311Client.Reply reply, int status, String description) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
		Map<String, String> error = reply.items().get(0);
		assertThat(error).containsEntry("code", String.valueOf(status));
		assertThat(error.get("description")).contains(description);
	}
}
