package org.civicgrid.region;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.civicgrid.shared.geo.GroundArea;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civicgrid.region.RegionFixtures.box;
import static org.civicgrid.region.RegionFixtures.collection;
import static org.civicgrid.region.RegionFixtures.feature;
import static org.civicgrid.region.RegionFixtures.insideDemoGrid;
import static org.civicgrid.region.RegionFixtures.jtsBox;
import static org.civicgrid.region.RegionFixtures.polygon;

/**
 * Importing regions from GeoJSON: all or nothing, with coverage warnings. New communities go under 如意湖街道 with
 * codes 410105560009 and up, each test its own code and its own demo grid to sit in.
 */
class RegionImportApiTests extends ApiTest {

	private static final String IMPORT = "/api/v1/regions/import";


	static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(n -> values.add(n.asString()));
		return values;
	}

	/** The warning of that kind about exactly those codes; fails when there is none. */
	static JsonNode warning(JsonNode result, String kind, String... codes) {
		for (JsonNode w : result.path("warnings")) {
			if (w.path("kind").asString().equals(kind) && strings(w.path("codes")).equals(List.of(codes))) {
				return w;
			}
		}
		throw new AssertionError("no " + kind + " warning for " + Arrays.toString(codes) + " in " + result);
	}

	static boolean mentions(JsonNode result, String code) {
		for (JsonNode w : result.path("warnings")) {
			if (strings(w.path("codes")).contains(code)) {
				return true;
			}
		}
		return false;
	}

	/** A community in a rectangle inside a demo grid, split west/east into two grids at {@code split} (0–1). */
	private Map<String, Object> communityOfTwoGrids(String community, double[] b, double split) {
		double mid = b[0] + (b[2] - b[0]) * split;
		return collection(feature(community, "测试社区" + community.substring(9), box(b[0], b[1], b[2], b[3])),
				feature(community + "001", "测试第一网格", box(b[0], b[1], mid, b[3])),
				feature(community + "002", "测试第二网格", box(mid, b[1], b[2], b[3])));
	}

	@Test
	void importsANewCommunityWithItsGridsAndReportsItsOverlapWithTheCommunityAround() {
		double[] b = insideDemoGrid("410105560003004", 0.0006, 0.0005);
		var r = api.as("admin").post(IMPORT, communityOfTwoGrids("410105560009", b, 0.5));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		JsonNode result = r.json();
		assertThat(result.path("created").asInt()).isEqualTo(3);
		assertThat(result.path("updated").asInt()).isZero();
		JsonNode overlap = warning(result, "OVERLAP", "410105560003", "410105560009");
		assertThat(overlap.path("areaSquareMetres").asDouble())
			.isCloseTo(GroundArea.squareMetres(jtsBox(b[0], b[1], b[2], b[3])), within(0.11));
		assertThat(overlap.path("message").asString()).startsWith("区域 410105560003, 410105560009 相互重叠");
		assertThat(mentions(result, "410105560009001")).as("its two grids tile it").isFalse();
		assertThat(mentions(result, "410105560009002")).isFalse();
		for (JsonNode w : result.path("warnings")) {
			assertThat(w.path("kind").asString()).isEqualTo("OVERLAP");
		}

		JsonNode grid = api.as("dispatcher").get("/api/v1/regions/410105560009002").json();
		assertThat(grid.path("name").asString()).isEqualTo("测试第二网格");
		assertThat(grid.path("level").asString()).isEqualTo("GRID");
		assertThat(RegionReadApiTests.codes(grid.path("ancestors"))).containsExactly("410105", "410105560", "410105560009");
		assertThat(grid.path("hasBoundary").asBoolean()).isTrue();
		JsonNode community = api.as("dispatcher").get("/api/v1/regions/410105560009").json();
		assertThat(community.path("childCount").asInt()).isEqualTo(2);
		JsonNode ring = api.as("dispatcher").get("/api/v1/regions/410105560009/boundary").json()
			.path("geometry").path("coordinates").get(0);
		assertThat(ring.get(0).get(0).asDouble()).isEqualTo(b[0]);
		assertThat(ring.get(2).get(1).asDouble()).isEqualTo(b[3]);

		var again = api.as("admin").post(IMPORT, communityOfTwoGrids("410105560009", b, 0.5));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("created").asInt()).isZero();
		assertThat(again.json().path("updated").asInt()).isEqualTo(3);
		warning(again.json(), "OVERLAP", "410105560003", "410105560009");
	}

	@Test
	void overlappingSiblingGridsAreImportedWithAnOverlapWarning() {
		double[] b = insideDemoGrid("410105560004004", 0.0006, 0.0005);
		double mid = (b[0] + b[2]) / 2;
		double overlapEast = mid + 0.0002;
		var r = api.as("admin").post(IMPORT,
				collection(feature("410105560010", "重叠社区", box(b[0], b[1], b[2], b[3])),
						feature("410105560010001", "西网格", box(b[0], b[1], overlapEast, b[3])),
						feature("410105560010002", "东网格", box(mid, b[1], b[2], b[3]))));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().path("created").asInt()).isEqualTo(3);
		JsonNode overlap = warning(r.json(), "OVERLAP", "410105560010001", "410105560010002");
		double expected = GroundArea.squareMetres(jtsBox(mid, b[1], overlapEast, b[3]));
		assertThat(expected).isGreaterThan(1000);
		assertThat(overlap.path("areaSquareMetres").asDouble()).isPositive().isCloseTo(expected, within(0.11));
		assertThat(overlap.path("message").asString()).contains("410105560010001, 410105560010002");
		assertThat(mentions(r.json(), "410105560010")).isTrue();
		assertThat(r.json().path("warnings").toString()).doesNotContain("\"GAP\"");
	}

	@Test
	void aCommunityItsGridsLeavePartlyUncoveredIsImportedWithAGapWarning() {
		double[] b = insideDemoGrid("410105560005004", 0.0006, 0.0005);
		double mid = (b[0] + b[2]) / 2;
		var r = api.as("admin").post(IMPORT,
				collection(feature("410105560011", "缺口社区", box(b[0], b[1], b[2], b[3])),
						feature("410105560011001", "半个网格", box(b[0], b[1], mid, b[3]))));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().path("created").asInt()).isEqualTo(2);
		JsonNode gap = warning(r.json(), "GAP", "410105560011");
		assertThat(gap.path("areaSquareMetres").asDouble())
			.isCloseTo(GroundArea.squareMetres(jtsBox(mid, b[1], b[2], b[3])), within(0.11));
		assertThat(gap.path("message").asString()).startsWith("区域 410105560011 有").endsWith("平方米未被下级区域覆盖");
	}

	@Test
	void warningsAreWordedInTheCallersLanguage() {
		double[] b = insideDemoGrid("410105560007004", 0.0006, 0.0005);
		var r = api.as("admin").inEnglish().post(IMPORT,
				collection(feature("410105560013", "Gap community", box(b[0], b[1], b[2], b[3])),
						feature("410105560013001", "Half", box(b[0], b[1], (b[0] + b[2]) / 2, b[3]))));
		assertThat(r.status()).isEqualTo(200);
		assertThat(warning(r.json(), "GAP", "410105560013").path("message").asString())
			.endsWith("m² of region 410105560013 is covered by none of its children");
	}

	@Test
	void streetStaffMayImportIntoTheirOwnStreet() {
		double[] b = insideDemoGrid("410105560006004", 0.0006, 0.0005);
		var r = api.as("dispatcher").post(IMPORT, communityOfTwoGrids("410105560012", b, 0.3));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().path("created").asInt()).isEqualTo(3);
		assertThat(api.as("dispatcher").get("/api/v1/regions/410105560012001").json().path("name").asString())
			.isEqualTo("测试第一网格");
	}

	static Stream<Arguments> invalidCollections() {
		double[] b = insideDemoGrid("410105560002004", 0.0006, 0.0005);
		double[] other = insideDemoGrid("410105560008004", 0.0006, 0.0005);
		double midLng = (b[0] + b[2]) / 2;
		double midLat = (b[1] + b[3]) / 2;
		double[][] bowTie = { { b[0], b[1] }, { b[2], b[3] }, { b[2], b[1] }, { b[0], b[3] }, { b[0], b[1] } };
		double[][] open = { { b[0], b[1] }, { midLng, b[1] }, { midLng, b[3] }, { b[0], b[3] } };
		return Stream.of(
				Arguments.of("self-intersecting polygon", "410105560020",
						feature("410105560020001", "蝴蝶", polygon(bowTie)), "geometry", "Self-intersection"),
				Arguments.of("unclosed ring", "410105560021", feature("410105560021001", "开口", polygon(open)),
						"geometry.coordinates[0]", "环没有闭合"),
				Arguments.of("grid outside its parent", "410105560022",
						feature("410105560022001", "越界", box(other[0], other[1], other[2], other[3])), "geometry",
						"边界超出上级区域 410105560022"),
				Arguments.of("grid partly outside its parent", "410105560023",
						feature("410105560023001", "半越界", box(midLng, midLat, b[2] + 0.001, b[3])), "geometry",
						"边界超出上级区域 410105560023"),
				Arguments.of("unknown parent", "410105560024",
						feature("410105560077001", "孤儿", box(b[0], b[1], midLng, b[3])), "properties.code",
						"上级区域 410105560077 不存在"),
				Arguments.of("code of the wrong length", "410105560025",
						feature("41010556002501", "位数不对", box(b[0], b[1], midLng, b[3])), "properties.code",
						"格式不对"),
				Arguments.of("district not in the national list", "410105560026", feature("419999", "不存在区", null),
						"properties.code", "“419999”不是国家统计局公布的区县代码"),
				Arguments.of("street not in the national list", "410105560027", feature("410105999", "不存在街道", null),
						"properties.code", "“410105999”不是国家统计局公布的街道（乡镇）代码"),
				Arguments.of("duplicate code", "410105560028", feature("410105560028", "重复", box(b[0], b[1], b[2], b[3])),
						"properties.code", "编码 410105560028 在本次导入中重复出现"),
				Arguments.of("name missing", "410105560029", feature("410105560029001", null, box(b[0], b[1], midLng, b[3])),
						"properties.name", "名称不能为空"),
				Arguments.of("point geometry", "410105560030",
						feature("410105560030001", "点", Map.of("type", "Point", "coordinates", List.of(midLng, midLat))),
						"geometry.type", "Point"),
				Arguments.of("multipolygon without polygons", "410105560035",
						feature("410105560035001", "空", Map.of("type", "MultiPolygon", "coordinates", List.of())),
						"geometry.coordinates", ""),
				Arguments.of("unknown level", "410105560031",
						feature("410105560031001", "层级", box(b[0], b[1], midLng, b[3]), "level", "VILLAGE"),
						"properties.level", "VILLAGE"),
				Arguments.of("bad staff", "410105560032",
						feature("410105560032001", "人员", box(b[0], b[1], midLng, b[3]), "staff",
								List.of(Map.of("duty", "BOSS", "name", "王伟"))),
						"properties.staff[0].duty", "BOSS"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidCollections")
	void anInvalidFeatureRefusesTheWholeCollectionAndNothingIsWritten(String what, String community,
			Map<String, Object> broken, String field, String message) {
		double[] b = insideDemoGrid("410105560002004", 0.0006, 0.0005);
		Map<String, Object> valid = feature(community, "有效社区", box(b[0], b[1], b[2], b[3]));
		var r = api.as("admin").post(IMPORT, collection(valid, broken));
		assertThat(r.status()).as(r.body()).isEqualTo(422);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().path("type").asString()).endsWith("/validation");
		JsonNode errors = r.json().path("errors");
		assertThat(errors.size()).as(errors.toString()).isEqualTo(1);
		assertThat(errors.get(0).path("item").asInt(-1)).isEqualTo(1);
		assertThat(errors.get(0).path("field").asString()).isEqualTo(field);
		assertThat(errors.get(0).path("message").asString()).contains(message);
		assertThat(r.json().path("detail").asString()).isEqualTo("有 1 处输入不符合要求，请按 errors 中的说明修改。");

		var lookup = api.as("admin").get("/api/v1/regions/" + community);
		assertThat(lookup.status()).as("nothing of a refused import is written").isEqualTo(404);
		assertThat(lookup.json().path("detail").asString()).isEqualTo("区域 " + community + " 不存在");
	}

	@Test
	void everyInvalidFeatureIsListedWithItsIndex() {
		double[] b = insideDemoGrid("410105560002004", 0.0006, 0.0005);
		var r = api.as("admin").post(IMPORT,
				collection(feature("410105560033", "有效", box(b[0], b[1], b[2], b[3])),
						feature("410105560033000", "", box(b[0], b[1], b[2], b[3])),
						feature("410105560033001", "有效网格", box(b[0], b[1], b[2], b[3])),
						Map.of("type", "Polygon")));
		assertThat(r.status()).isEqualTo(422);
		JsonNode errors = r.json().path("errors");
		assertThat(errors.size()).as(errors.toString()).isEqualTo(3);
		assertThat(errors.get(0).path("item").asInt()).isEqualTo(1);
		assertThat(errors.get(0).path("field").asString()).isEqualTo("properties.code");
		assertThat(errors.get(1).path("item").asInt()).isEqualTo(1);
		assertThat(errors.get(1).path("field").asString()).isEqualTo("properties.name");
		assertThat(errors.get(2).path("item").asInt()).isEqualTo(3);
		assertThat(errors.get(2).path("field").asString()).isEqualTo("type");
		assertThat(api.as("admin").get("/api/v1/regions/410105560033").status()).isEqualTo(404);
		assertThat(api.as("admin").get("/api/v1/regions/410105560033001").status()).isEqualTo(404);
	}

	@Test
	void somethingOtherThanAFeatureCollectionIsRefused() {
		double[] b = insideDemoGrid("410105560002004", 0.0006, 0.0005);
		var r = api.as("admin").post(IMPORT, feature("410105560034", "单个要素", box(b[0], b[1], b[2], b[3])));
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.errorFields()).containsExactly("type");
		assertThat(r.json().path("errors").get(0).path("message").asString()).isEqualTo("应为 GeoJSON FeatureCollection");
		assertThat(r.json().path("errors").get(0).has("item")).isFalse();
		assertThat(api.as("admin").get("/api/v1/regions/410105560034").status()).isEqualTo(404);

		var empty = api.as("admin").post(IMPORT, Map.of("type", "FeatureCollection", "features", List.of()));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.errorFields()).containsExactly("features");

		var array = api.as("admin").post(IMPORT, List.of(1, 2));
		assertThat(array.status()).isEqualTo(422);
		assertThat(array.errorFields()).containsExactly("type");
	}

	@Test
	void malformedJsonIsABadRequest() {
		var r = api.as("admin").post(IMPORT, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().path("type").asString()).endsWith("/malformed-body");
		assertThat(r.json().path("detail").asString()).isEqualTo("请求体不是有效的 JSON，或字段类型不对。");
	}

	@Test
	void aFiftyMegabyteBodyIsRefusedAsTooLarge() {
		byte[] prefix = "{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[50 * 1024 * 1024];
		Arrays.fill(body, (byte) ' ');
		System.arraycopy(prefix, 0, body, 0, prefix.length);
		body[body.length - 2] = ']';
		body[body.length - 1] = '}';
		var r = api.as("admin").send("POST", IMPORT, "application/json", body);
		assertThat(r.status()).isEqualTo(413);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().path("type").asString()).endsWith("/too-large");
		assertThat(r.json().path("detail").asString()).isEqualTo("请求体超过了允许的上限 20 MB。");
	}

	/**
	 * A body of unknown length (chunked) is refused as soon as it passes the limit. Sent over a plain socket that
	 * stops sending once the answer starts, as a browser would, so the server closing the connection on an
	 * unfinished upload cannot cut the answer short.
	 */
	@Test
	void aChunkedBodyPastTheLimitIsRefusedAsTooLarge() throws Exception {
		String token = api.tokenFor("admin", Api.DEMO_PASSWORD);
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			out.write(("POST " + IMPORT + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
					+ "\r\nContent-Type: application/json\r\nAccept-Language: zh-CN\r\nTransfer-Encoding: chunked\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = new byte[1024 * 1024];
			Arrays.fill(chunk, (byte) ' ');
			chunk[0] = '[';
			int megabytes = 0;
			while (in.available() == 0 && megabytes < 40) {
				out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(chunk);
				out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
				chunk[0] = ' ';
				megabytes++;
			}
			assertThat(megabytes).as("the server answers soon after the 20 MB limit").isBetween(20, 30);
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 413");
			String head = response.substring(0, response.indexOf("\r\n\r\n"));
			assertThat(head.toLowerCase()).contains("content-type: application/problem+json");
			String body = response.substring(response.indexOf('{'), response.lastIndexOf('}') + 1);
			JsonNode problem = Api.parse(body);
			assertThat(problem.path("type").asString()).endsWith("/too-large");
			assertThat(problem.path("title").asString()).isEqualTo("请求过大");
			assertThat(problem.path("detail").asString()).isEqualTo("请求体超过了允许的上限 20 MB。");
		}
	}

	@Test
	void gridWorkersAndCommunityStaffMayNotImport() {
		double[] b = insideDemoGrid("410105560001004", 0.0006, 0.0005);
		for (String user : List.of("gridworker1", "community1")) {
			var r = api.as(user).post(IMPORT, collection(feature("410105560001099", "网格", box(b[0], b[1], b[2], b[3]))));
			assertThat(r.status()).as(user).isEqualTo(403);
			assertThat(r.json().path("type").asString()).endsWith("/forbidden");
			assertThat(r.json().path("detail").asString()).isEqualTo("您的角色无权进行此操作。");
		}
		assertThat(api.as("admin").get("/api/v1/regions/410105560001099").status()).isEqualTo(404);
	}

	@Test
	void streetStaffMayNotImportIntoAnotherStreet() {
		var r = api.as("dispatcher").post(IMPORT,
				collection(feature("410105001001", "经八路社区", box(113.60, 34.70, 113.61, 34.71))));
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().path("type").asString()).endsWith("/out-of-scope");
		assertThat(r.json().path("detail").asString()).isEqualTo("区域 410105001001 不在您的管辖范围内。");
		assertThat(api.as("admin").get("/api/v1/regions/410105001001").status()).isEqualTo(404);
	}
}
