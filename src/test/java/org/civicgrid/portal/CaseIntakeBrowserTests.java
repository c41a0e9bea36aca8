package org.civicgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Intake through the pages on a phone: the report form takes the point from GPS and a photo from the camera, the
 * case page shows the photo's thumbnail in the timeline and the description as text, never as markup; a grid
 * worker handles on the spot with photos before and after; a dispatcher merges a duplicate from the case page.
 * Screens in {@code target/screenshots/intake-*.png}.
 */
class CaseIntakeBrowserTests extends BrowserTest {

	static final String GRID = "410105560001001";

	@Test
	void aReportWithGpsAndAPhotoShowsTheThumbnailAndEscapesTheDescription() {
		String description = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> 井盖松动 "
				+ UUID.randomUUID().toString().substring(0, 8);
		Page page = phoneAt("resident1");
		fillReport(page, "E0102", description);
		page.setInputFiles("#photos", new FilePayload("well.jpg", "image/jpeg", jpeg(1024, 768)));
		Browser.screenshot(page, "intake-01-report-with-photo");
		page.click("#report-form button[type=submit]");
		page.waitForSelector("#case[data-step=SUBMITTED]");

		assertThat(page.locator("#case-description").innerText()).isEqualTo(description);
		assertThat(page.locator("#case-description script, #case-description img").count()).isZero();
		assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
		page.waitForFunction("() => { const i = document.querySelector('#case-report-photos img');"
				+ " return i && i.complete && i.naturalWidth > 0; }");
		assertThat(page.evaluate("() => document.querySelector('#case-report-photos img').naturalWidth"))
			.isEqualTo(320);
		Browser.screenshot(page, "intake-02-reported-with-thumbnail");

		// the photo page refuses a grid worker of another grid, as the API does
		String photo = page.locator("#case-report-photos a").first().getAttribute("href");
		Page other = browser.page(true);
		Browser.signIn(other, base(), "gridworker2");
		assertThat(other.navigate(base() + photo).status()).isEqualTo(403);
	}

	@Test
	void aGridWorkerHandlesOnTheSpotFromTheForm() {
		Page page = phoneAt("gridworker1");
		fillReport(page, "E0106", "绿地垃圾已捡 " + UUID.randomUUID().toString().substring(0, 8));
		page.setInputFiles("#photos", new FilePayload("before.jpg", "image/jpeg", jpeg(800, 600)));
		page.check("#onTheSpot");
		page.fill("#handlingNote", "已捡拾干净");
		page.setInputFiles("#photosAfter", new FilePayload("after.png", "image/png", png(600, 800)));
		Browser.screenshot(page, "intake-03-on-the-spot-form");
		page.click("#report-form button[type=submit]");
		page.waitForSelector("#case[data-status=CLOSED]");
		@SuppressWarnings("unchecked")
		List<String> actions = (List<String>) page.locator("#case-history li")
			.evaluateAll("items => items.map(i => i.dataset.action || '')");
		assertThat(actions).containsExactly("", "handle", "close");
		assertThat(page.locator("#case-history .case-photos img").count()).isEqualTo(2);
		Browser.screenshot(page, "intake-04-closed-on-the-spot");
	}

	@Test
	void aNonImageIsRefusedOnTheFormWithTheReason() {
		Page page = phoneAt("resident1");
		fillReport(page, "E0102", "假图片");
		page.setInputFiles("#photos", new FilePayload("evil.jpg", "image/jpeg", "<?php echo 1; ?>".getBytes()));
		page.click("#report-form button[type=submit]");
		page.waitForSelector("#flash-error");
		assertThat(page.locator("#flash-error").innerText()).contains("evil.jpg");
		assertThat(page.locator("#description").inputValue()).isEqualTo("假图片");
	}

	@Test
	void aDispatcherMergesADuplicateFromTheCasePage() {
		Map<String, Double> c = centroid();
		Api api = Api.on(port);
		Map<String, Object> report = Map.of("categoryCode", "E0108", "description", "焚烧树叶 " + UUID.randomUUID(),
				"location", Map.of("lat", c.get("lat") - 0.0002, "lng", c.get("lng")));
		long first = api.as("gridworker1").post("/api/v1/cases", report).json().path("id").asLong();
		long second = api.as("resident1").post("/api/v1/cases", report).json().path("id").asLong();

		Page page = browser.page(false);
		Browser.signIn(page, base(), "dispatcher");
		page.navigate(base() + "/cases/board");
		assertThat(page.locator("#board-table tr[data-id='" + second + "'] .case-duplicate").count()).isEqualTo(1);
		assertThat(page.locator("#board-table tr[data-id='" + first + "'] .case-duplicate").count())
			.as("the older report is the one the newer duplicates").isZero();
		page.navigate(base() + "/cases/" + second);
		assertThat(page.locator("#case-duplicates li[data-id='" + first + "']").count()).as(page::content).isEqualTo(1);
		Browser.screenshot(page, "intake-05-possible-duplicate");
		// merging ends this case: the button asks first, naming both cases
		String secondNumber = page.locator("#case-number").innerText();
		String firstNumber = page.locator("#case-duplicates li[data-id='" + first + "'] a").innerText();
		java.util.concurrent.atomic.AtomicReference<String> asked = new java.util.concurrent.atomic.AtomicReference<>();
		page.onceDialog(dialog -> {
			asked.set(dialog.message());
			dialog.accept();
		});
		page.locator("#case-duplicates li[data-id='" + first + "'] button").click();
		page.waitForSelector("#case[data-status=MERGED]");
		assertThat(asked.get()).contains(secondNumber).contains(firstNumber);
		page.navigate(base() + "/cases/" + first);
		assertThat(page.locator("#case-merged a").innerText()).isNotBlank();
		Browser.screenshot(page, "intake-06-survivor-lists-merged");
	}

	private Page phoneAt(String username) {
		Map<String, Double> c = centroid();
		Page page = browser.page(true);
		page.context().grantPermissions(List.of("geolocation"));
		page.context().setGeolocation(new Geolocation(c.get("lat"), c.get("lng")));
		Browser.signIn(page, base(), username);
		return page;
	}

	private void fillReport(Page page, String category, String description) {
		page.navigate(base() + "/cases/new");
		page.waitForSelector("#report-map[data-ready=true]");
		page.selectOption("#categoryCode", category);
		page.fill("#description", description);
		page.click("#use-location");
		page.waitForFunction("() => document.getElementById('lat').value !== ''");
	}

	private Map<String, Double> centroid() {
		var c = Api.on(port).as("admin").get("/api/v1/regions/" + GRID).json().path("centroid");
		return Map.of("lat", c.path("lat").asDouble(), "lng", c.path("lng").asDouble());
	}

	static byte[] jpeg(int w, int h) {
		return image(w, h, "jpeg");
	}

	static byte[] png(int w, int h) {
		return image(w, h, "png");
	}

	private static byte[] image(int w, int h, String format) {
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(90, 140, 200));
		g.fillRect(0, 0, w, h);
		g.setColor(Color.YELLOW);
		g.fillRect(w / 3, h / 3, w / 3, h / 3);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
		return out.toByteArray();
	}
}
