package org.civicgrid.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The 一次性告知单 as a PDF anyone downloads: every material, the steps, the time limit and the legal basis in its
 * text, the Chinese font embedded as a subset, a QR code that reads back as the item's page, labels in the
 * reader's language, and a long item continued cleanly.
 */
class NoticePdfApiTests extends ApiTest {

	@Test
	void theNoticeHoldsEverythingNeededAndItsQrCodeOpensTheItem() throws Exception {
		JsonNode item = longestByMaterials();
		String code = item.path("code").asString();
		HttpResponse<byte[]> r = Api.on(port).getBytes("/api/v1/services/catalog/items/" + code + "/notice.pdf");
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(r.body())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text).contains(item.path("name").asString().replaceAll("\\s+", "")).contains("一次性告知单");
			for (JsonNode m : item.path("materials")) {
				assertThat(text).contains(m.path("name").asString().replaceAll("\\s+", "").substring(0,
						Math.min(8, m.path("name").asString().replaceAll("\\s+", "").length())));
			}
			for (JsonNode s : item.path("steps")) {
				assertThat(text).contains(s.path("name").asString());
			}
			assertThat(text).contains(item.path("timeLimitDays").asInt() == 0 ? "即办" : "个工作日");
			String basis = item.path("legalBasis").asString().replaceAll("\\s+", "");
			assertThat(text).contains(basis.substring(0, Math.min(10, basis.length())));
			PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
			assertThat(font.getName()).as("a subset carries a tag").matches("[A-Z]{6}\\+.*");
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
			java.nio.file.Files.createDirectories(org.civicgrid.testing.Browser.SCREENSHOTS);
			javax.imageio.ImageIO.write(page, "png", org.civicgrid.testing.Browser.SCREENSHOTS.resolve("services-notice-pdf.png").toFile());
			assertThat(qr(page)).endsWith("/services/catalog/items/" + code)
				.startsWith("http://localhost:" + port);
		}
		assertThat(r.body().length).as("a subset, not the whole font").isLessThan(600_000);
	}

	@Test
	void anItemOnTheSpotReadsSoAndTheEnglishNoticeSpeaksEnglish() throws IOException {
		JsonNode page = Api.on(port).get("/api/v1/services/catalog/items?size=500").json();
		String onTheSpot = null;
		for (JsonNode i : page.path("items")) {
			if (i.path("timeLimitDays").asInt() == 0) {
				onTheSpot = i.path("code").asString();
				break;
			}
		}
		byte[] zh = Api.on(port).getBytes("/services/catalog/items/" + onTheSpot + "/notice.pdf").body();
		try (PDDocument pdf = Loader.loadPDF(zh)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("即办").contains("扫码");
		}
		byte[] en = Api.on(port).inEnglish().getBytes("/api/v1/services/catalog/items/" + onTheSpot + "/notice.pdf")
			.body();
		try (PDDocument pdf = Loader.loadPDF(en)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("On the spot").contains("Papers to bring")
				.doesNotContain("即办");
		}
		var missing = Api.on(port).get("/api/v1/services/catalog/items/ZZ997/notice.pdf");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().path("detail").asString()).contains("ZZ997");
	}

	@Test
	void aLongItemContinuesOnASecondPageWithNothingLost() throws IOException {
		String code = CatalogApiTests.freshCode();
		var body = CatalogApiTests.item(code, "很长的事项");
		List<Object> materials = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			materials.add(java.util.Map.of("name", "材料第" + i + "号", "form", "COPY", "count", 1, "notes",
					"备注说明".repeat(10)));
		}
		body.put("materials", materials);
		body.put("conditions", "申请人应当符合本条件。".repeat(60) + "𠀀");
		api.as("admin").post("/api/v1/services/catalog/admin/items", body);
		api.as("admin").post("/api/v1/services/catalog/admin/items/" + code + "/publish", null);
		byte[] bytes = Api.on(port).getBytes("/api/v1/services/catalog/items/" + code + "/notice.pdf").body();
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("材料第1号").contains("材料第30号").contains("□");
		}
	}

	private JsonNode longestByMaterials() {
		JsonNode page = Api.on(port).get("/api/v1/services/catalog/items?size=500").json();
		JsonNode longest = null;
		int most = -1;
		for (JsonNode summary : page.path("items")) {
			JsonNode item = Api.on(port).get("/api/v1/services/catalog/items/" + summary.path("code").asString()).json()
				.path("version").path("item");
			if (item.path("materials").size() > most && !item.path("legalBasis").asString().isBlank()) {
				most = item.path("materials").size();
				longest = item;
			}
		}
		return longest;
	}

	private static String qr(BufferedImage image) throws Exception {
		try {
			return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
				.getText();
		}
		catch (NotFoundException e) {
			throw new AssertionError("no QR code found on the page", e);
		}
	}
}
