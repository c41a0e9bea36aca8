package org.civicgrid.shared;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.civicgrid.testing.Api;
import org.civicgrid.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.shared.ProblemAssertions.assertProblem;

/**
 * Problems speak the caller's language: Chinese first, English when asked for by Accept-Language or by the
 * {@code civicgrid-lang} cookie that {@code ?lang=en} sets, Chinese for anything else or nothing at all. This
 * holds for problems from controllers and for those the security filters write before any controller runs.
 */
@IntegrationTest
class LanguageTests {

	private static final String ZH_TITLE = "输入有误";
	private static final String ZH_DETAIL = "有 1 处输入不符合要求，请按 errors 中的说明修改。";
	private static final String EN_TITLE = "Invalid input";
	private static final String EN_DETAIL = "1 input problem(s); see errors for each field.";

	@LocalServerPort
	int port;

	Api api;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeEach
	void setUp() {
		api = Api.on(port);
	}

	/** A GET with exactly these headers: the {@link Api} helper always sends an Accept-Language. */
	private JsonNode rawGet(String path, int expectedStatus, Map<String, String> headers) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.GET();
		headers.forEach(b::header);
		try {
			HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(r.statusCode()).as("%s: %s", path, r.body()).isEqualTo(expectedStatus);
			assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
			return Api.parse(r.body());
		}
		catch (IOException | InterruptedException e) {
			throw new AssertionError("GET " + path + " failed", e);
		}
	}

	private String bearer(String username) {
		return "Bearer " + api.tokenFor(username, Api.DEMO_PASSWORD);
	}

	@Test
	void aBadRegionCodeIsExplainedInChinese() {
		var r = api.as("gridworker1").get("/api/v1/regions/99");
		assertProblem(r, 400, "validation");
		assertThat(r.json().get("title").asString()).isEqualTo(ZH_TITLE);
		assertThat(r.json().get("detail").asString()).isEqualTo(ZH_DETAIL);
		assertThat(r.errorFields()).containsExactly("code");
		assertThat(r.json().get("errors").get(0).get("message").asString())
			.isEqualTo("区域编码“99”格式不对：应为 6、9、12、15 或 18 位数字");
	}

	@Test
	void aBadRegionCodeIsExplainedInEnglishWhenAskedInEnglish() {
		var r = api.as("gridworker1").inEnglish().get("/api/v1/regions/99");
		assertProblem(r, 400, "validation");
		assertThat(r.json().get("title").asString()).isEqualTo(EN_TITLE);
		assertThat(r.json().get("detail").asString()).isEqualTo(EN_DETAIL);
		assertThat(r.errorFields()).containsExactly("code");
		assertThat(r.json().get("errors").get(0).get("message").asString())
			.isEqualTo("region code \"99\" is malformed: 6, 9, 12, 15 or 18 digits");
	}

	@Test
	void chineseIsTheDefaultWithoutAcceptLanguageOrForAnUnsupportedLanguage() {
		String auth = bearer("gridworker1");
		JsonNode none = rawGet("/api/v1/regions/99", 400, Map.of("Authorization", auth));
		assertThat(none.get("title").asString()).isEqualTo(ZH_TITLE);
		assertThat(none.get("detail").asString()).isEqualTo(ZH_DETAIL);

		JsonNode french = rawGet("/api/v1/regions/99", 400, Map.of("Authorization", auth, "Accept-Language", "fr-FR"));
		assertThat(french.get("detail").asString()).isEqualTo(ZH_DETAIL);
	}

	@Test
	void anyEnglishVariantAndEnglishBeforeOtherLanguagesGiveEnglish() {
		String auth = bearer("gridworker1");
		JsonNode british = rawGet("/api/v1/regions/99", 400, Map.of("Authorization", auth, "Accept-Language", "en-GB"));
		assertThat(british.get("detail").asString()).isEqualTo(EN_DETAIL);
		JsonNode preferred = rawGet("/api/v1/regions/99", 400,
				Map.of("Authorization", auth, "Accept-Language", "de-DE,en;q=0.8,zh-CN;q=0.5"));
		assertThat(preferred.get("detail").asString()).isEqualTo(EN_DETAIL);
	}

	@Test
	void theLanguageParameterAndItsCookieWinOverAcceptLanguage() {
		String auth = bearer("gridworker1");
		JsonNode param = rawGet("/api/v1/regions/99?lang=en", 400, Map.of("Authorization", auth, "Accept-Language", "zh-CN"));
		assertThat(param.get("title").asString()).isEqualTo(EN_TITLE);

		JsonNode cookie = rawGet("/api/v1/regions/99", 400,
				Map.of("Authorization", auth, "Accept-Language", "zh-CN", "Cookie", "civicgrid-lang=en"));
		assertThat(cookie.get("detail").asString()).isEqualTo(EN_DETAIL);
	}

	@Test
	void tokenProblemsAreInChineseWithoutAcceptLanguage() {
		JsonNode missing = rawGet("/api/v1/regions/tree", 401, Map.of());
		assertThat(missing.get("title").asString()).isEqualTo("未登录");
		assertThat(missing.get("detail").asString()).startsWith("请先通过 POST /api/v1/auth/token 获取令牌");

		JsonNode invalid = rawGet("/api/v1/regions/tree", 401, Map.of("Authorization", "Bearer not-a-real-token"));
		assertThat(invalid.get("title").asString()).isEqualTo("令牌无效");
		assertThat(invalid.get("detail").asString()).isEqualTo("令牌无效、已过期或已撤销，请重新获取。");
	}

	@Test
	void tokenProblemsFollowAcceptLanguageAndTheLanguageCookie() {
		JsonNode english = api.inEnglish().get("/api/v1/regions/tree").json();
		assertThat(english.get("title").asString()).isEqualTo("Not signed in");

		JsonNode viaHeader = rawGet("/api/v1/regions/tree", 401,
				Map.of("Authorization", "Bearer not-a-real-token", "Accept-Language", "en-US"));
		assertThat(viaHeader.get("detail").asString()).isEqualTo("The token is invalid, expired or revoked; get a new one.");

		JsonNode viaCookie = rawGet("/api/v1/regions/tree", 401,
				Map.of("Authorization", "Bearer not-a-real-token", "Accept-Language", "zh-CN", "Cookie", "civicgrid-lang=en"));
		assertThat(viaCookie.get("title").asString()).isEqualTo("Invalid token");

		JsonNode forbidden = rawGet("/actuator/prometheus", 403,
				Map.of("Authorization", bearer("gridworker1"), "Cookie", "civicgrid-lang=en"));
		assertThat(forbidden.get("detail").asString()).isEqualTo("Your role does not permit this action.");
	}
}
