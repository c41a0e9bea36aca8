package org.civicgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The resident's report map on a 390×844 phone with no tile layer configured (the tests' default): the district's
 * outline and grids are drawn and framed at first load with a hint saying there is no base map; a tap outside
 * every grid is refused beside the map and nothing is sent, a tap inside a grid files the case in that grid; the
 * server's own refusal is shown beside the map with the values kept; Leaflet's buttons speak the page's language.
 * Screens in {@code target/screenshots/report-map-*.png}.
 */
class ReportMapBrowserTests extends BrowserTest {

	static final String GRID = "410105560001001";
	static final String STREET = "410105560";

	@Test
	void aResidentSeesTheOutlineAndTheGridsFramedWithAHintWhenThereIsNoBaseMap() {
		JsonNode shapes = publicMap();
		int grids = countLevel(shapes, "GRID");
		int outlines = shapes.path("features").size() - grids;
		Page page = reportForm("resident1", "");

		Locator map = page.locator("#report-map");
		assertThat(map.getAttribute("data-base")).isEqualTo("none");
		assertThat(map.getAttribute("data-grids")).isEqualTo(String.valueOf(grids));
		assertThat(map.getAttribute("data-outlines")).isEqualTo(String.valueOf(outlines));
		assertThat(grids).isGreaterThanOrEqualTo(56);
		assertThat(outlines).isGreaterThanOrEqualTo(1);
		assertThat(page.locator("#report-map svg path").count()).isEqualTo(grids + outlines);
		assertThat(page.locator("#report-map .grid-label").count()).isEqualTo(grids);
		assertThat(page.locator("#report-map .grid-label").evaluateAll("ls => ls.map(l => l.textContent)"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).contains(nameOf(shapes, GRID));
		assertThat(page.locator("#report-map-hint").isVisible()).isTrue();
		assertThat(page.locator("#report-map-hint").innerText()).isEqualTo("无底图：请在标出的网格内点选问题位置");

		// the map fits the phone's width and every shape is inside it at first load
		BoundingBox box = map.boundingBox();
		assertThat(box.x).isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).isLessThanOrEqualTo(390);
		assertThat(box.width).isGreaterThan(300);
		@SuppressWarnings("unchecked")
		List<Map<String, Number>> paths = (List<Map<String, Number>>) page.locator("#report-map svg path")
			.evaluateAll("ps => ps.map(p => { const r = p.getBoundingClientRect();"
					+ " return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; })");
		assertThat(paths).allSatisfy(r -> {
			assertThat(r.get("left").doubleValue()).isGreaterThanOrEqualTo(box.x - 1);
			assertThat(r.get("top").doubleValue()).isGreaterThanOrEqualTo(box.y - 1);
			assertThat(r.get("right").doubleValue()).isLessThanOrEqualTo(box.x + box.width + 1);
			assertThat(r.get("bottom").doubleValue()).isLessThanOrEqualTo(box.y + box.height + 1);
		});
		// framed to fill the width, not a quarter of it
		double outlineWidth = ((Number) page.evaluate("() => Math.max(...[...document.querySelectorAll("
				+ "'#report-map svg path')].map(p => p.getBoundingClientRect().width))")).doubleValue();
		assertThat(outlineWidth).isGreaterThan(box.width * 0.6);

		assertThat(page.getAttribute(".leaflet-control-zoom-in", "title")).isEqualTo("放大");
		assertThat(page.getAttribute(".leaflet-control-zoom-in", "aria-label")).isEqualTo("放大");
		assertThat(page.getAttribute(".leaflet-control-zoom-out", "title")).isEqualTo("缩小");
		assertThat((String) page.evaluate("() => L.Control.Attribution.prototype.options.prefix"))
			.contains("title=\"Leaflet：开源的交互式地图库\"").doesNotContain("A JavaScript library");
		Browser.screenshot(page, "report-map-01-outline-and-grids");

		// zoomed into a grid its name shows on it
		centreOn(page, centroidOf(GRID), 16);
		page.waitForFunction("() => [...document.querySelectorAll('#report-map .grid-label')]"
				+ ".some(l => !l.classList.contains('grid-label-hidden') && l.textContent === '" + nameOf(shapes, GRID) + "')");
		Browser.screenshot(page, "report-map-02-grid-names");
	}

	@Test
	void aTapOutsideEveryGridIsRefusedBesideTheMapAndNothingIsSentThenATapInsideFilesTheCaseInThatGrid() {
		JsonNode shapes = publicMap();
		String description = "路面塌陷 " + UUID.randomUUID().toString().substring(0, 8);
		Page page = reportForm("resident1", "");
		page.selectOption("#categoryCode", "E0102");
		page.fill("#description", description);

		centreOn(page, justNorthOf(shapes, STREET), 15);
		tapCentre(page);
		assertThat(page.getAttribute("#report-map", "data-point")).isEqualTo("outside");
		assertThat(page.locator("#location-error").innerText())
			.isEqualTo("这个位置不在本辖区的网格内，无法上报。请在地图上标出的网格范围内重新点选。");
		page.click("#report-form button[type=submit]");
		assertThat(page.url()).endsWith("/cases/new");
		assertThat(page.locator("#case").count()).isZero();
		assertThat(page.locator("#flash-error").count()).as("nothing went to the server").isZero();
		assertThat(page.locator("#description").inputValue()).isEqualTo(description);
		assertThat(page.locator("#location-error").isVisible()).isTrue();
		Browser.screenshot(page, "report-map-03-outside-refused");
		assertThat(casesWith(description)).isZero();

		centreOn(page, centroidOf(GRID), 16);
		tapCentre(page);
		assertThat(page.getAttribute("#report-map", "data-point")).isEqualTo("inside");
		assertThat(page.getAttribute("#report-map", "data-grid")).isEqualTo(GRID);
		assertThat(page.locator("#location-error").innerText()).isEmpty();
		assertThat(page.locator("#point-text").innerText()).startsWith(nameOf(shapes, GRID) + " · ");
		Browser.screenshot(page, "report-map-04-inside-chosen");
		page.click("#report-form button[type=submit]");
		page.waitForSelector("#case[data-step=SUBMITTED]");
		assertThat(page.locator("#case-description").innerText()).isEqualTo(description);
		assertThat(page.locator("#case").innerText()).as("a resident is shown no grid code").doesNotContain(GRID);
		assertThat(casesWith(description)).isEqualTo(1);
		assertThat(Api.on(port).as("admin")
			.get("/api/v1/cases?text=" + URLEncoder.encode(description, StandardCharsets.UTF_8))
			.json().path("items").path(0).path("gridCode").asString()).isEqualTo(GRID);
	}

	@Test
	void theServersRefusalOfAPointOutsideIsShownBesideTheMapWithWhatWasTypedKept() {
		JsonNode shapes = publicMap();
		double[] outside = justNorthOf(shapes, STREET);
		String description = "越界上报 " + UUID.randomUUID().toString().substring(0, 8);
		Page page = reportForm("resident1", "");
		page.selectOption("#categoryCode", "E0102");
		page.fill("#description", description);
		page.fill("#address", "湖边路口");
		// as a page whose script did not run would send it: straight to the server
		page.evaluate("([lat, lng]) => { document.getElementById('lat').value = lat;"
				+ " document.getElementById('lng').value = lng;"
				+ " HTMLFormElement.prototype.submit.call(document.getElementById('report-form')); }",
				List.of(outside[0], outside[1]));
		page.waitForSelector("#report-map[data-ready=true]");
		assertThat(page.locator("#location-error").innerText()).contains("不在本辖区任何网格内");
		assertThat(page.locator("#flash-error").innerText()).as("the reason is beside the map, not repeated on top")
			.isEqualTo("未能提交：请按标红处的提示修改位置");
		assertThat(page.locator("#report-map").getAttribute("class")).contains("border-danger");
		assertThat(page.getAttribute("#report-map", "data-point")).isEqualTo("outside");
		assertThat(page.locator("#description").inputValue()).isEqualTo(description);
		assertThat(page.locator("#address").inputValue()).isEqualTo("湖边路口");
		assertThat(page.locator("#categoryCode").inputValue()).isEqualTo("E0102");
		assertThat(Double.parseDouble(page.locator("#lat").inputValue())).isEqualTo(outside[0], offset(1e-6));
		Browser.screenshot(page, "report-map-05-server-refused");
		assertThat(casesWith(description)).isZero();
	}

	@Test
	void aReportWithoutAPointIsAskedForOneBesideTheMap() {
		Page page = reportForm("resident1", "");
		page.selectOption("#categoryCode", "E0102");
		page.fill("#description", "忘了点地图");
		page.click("#report-form button[type=submit]");
		page.waitForSelector("#flash-error");
		assertThat(page.locator("#location-error").innerText()).isEqualTo("请在地图上点选问题位置，或点“使用我的位置”");
		assertThat(page.locator("#flash-error").innerText()).isEqualTo("未能提交：请按标红处的提示修改位置");
		assertThat(page.locator("#description").inputValue()).isEqualTo("忘了点地图");
	}

	@Test
	void leafletsButtonsSpeakEnglishOnAnEnglishPage() {
		Page page = reportForm("resident1", "?lang=en");
		assertThat(page.getAttribute(".leaflet-control-zoom-in", "title")).isEqualTo("Zoom in");
		assertThat(page.getAttribute(".leaflet-control-zoom-out", "title")).isEqualTo("Zoom out");
		assertThat(page.locator("#report-map-hint").innerText()).isEqualTo("No base map: tap inside one of the grids drawn");
	}

	private Page reportForm(String username, String query) {
		Page page = browser.page(true);
		Browser.signIn(page, base(), username);
		page.navigate(base() + "/cases/new" + query);
		page.waitForSelector("#report-map[data-ready=true]");
		return page;
	}

	private static void centreOn(Page page, double[] latLng, int zoom) {
		page.evaluate("([lat, lng, z]) => caseMap.setView([lat, lng], z, { animate: false })",
				List.of(latLng[0], latLng[1], zoom));
	}

	private static void tapCentre(Page page) {
		BoundingBox box = page.locator("#report-map").boundingBox();
		page.locator("#report-map").tap(new Locator.TapOptions().setPosition(box.width / 2, box.height / 2));
		page.waitForFunction("() => ['inside', 'outside'].includes(document.getElementById('report-map').dataset.point)");
	}

	private JsonNode publicMap() {
		return Api.on(port).as("resident1").get("/api/v1/regions/public-map").json();
	}

	private long casesWith(String description) {
		return Api.on(port).as("admin")
			.get("/api/v1/cases?text=" + URLEncoder.encode(description, StandardCharsets.UTF_8))
			.json().path("total").asLong();
	}

	private static int countLevel(JsonNode shapes, String level) {
		int n = 0;
		for (JsonNode f : shapes.path("features")) {
			n += level.equals(f.path("properties").path("level").asString()) ? 1 : 0;
		}
		return n;
	}

	private static JsonNode feature(JsonNode shapes, String code) {
		for (JsonNode f : shapes.path("features")) {
			if (code.equals(f.path("properties").path("code").asString())) {
				return f;
			}
		}
		throw new AssertionError("no " + code + " on the public map");
	}

	private static String nameOf(JsonNode shapes, String code) {
		return feature(shapes, code).path("properties").path("name").asString();
	}

	/** Every [lng, lat] position of a feature's Polygon or MultiPolygon. */
	private static List<double[]> positions(JsonNode shapes, String code) {
		List<double[]> out = new ArrayList<>();
		collect(feature(shapes, code).path("geometry").path("coordinates"), out);
		return out;
	}

	private static void collect(JsonNode node, List<double[]> out) {
		if (node.isArray() && node.size() >= 2 && node.get(0).isNumber()) {
			out.add(new double[] { node.get(0).asDouble(), node.get(1).asDouble() });
			return;
		}
		node.forEach(n -> collect(n, out));
	}

	/** The region's centroid as the server keeps it (a point inside its boundary): {lat, lng}. */
	private double[] centroidOf(String code) {
		JsonNode c = Api.on(port).as("admin").get("/api/v1/regions/" + code).json().path("centroid");
		return new double[] { c.path("lat").asDouble(), c.path("lng").asDouble() };
	}

	/** A point 0.002° north of the region's northernmost point: outside it and, in the demo, every grid. */
	private static double[] justNorthOf(JsonNode shapes, String code) {
		List<double[]> ps = positions(shapes, code);
		double north = ps.stream().mapToDouble(p -> p[1]).max().orElseThrow();
		double west = ps.stream().mapToDouble(p -> p[0]).min().orElseThrow();
		double east = ps.stream().mapToDouble(p -> p[0]).max().orElseThrow();
		return new double[] { north + 0.002, (west + east) / 2 };
	}
}
