package org.civicgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.PublicStep;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * What a person without a desk sees first: the public landing on the login page (what CivicGrid is, what residents
 * can do, the street office's contact from configuration, then the form), and a resident's phone home with their
 * reports counted by the public step the API's list gives. Screenshots in {@code target/screenshots/landing-*}
 * and {@code home-resident*}.
 */
class ResidentHomeBrowserTests extends BrowserTest {

	@Autowired
	Environment environment;

	@Test
	void aFirstTimeVisitorReadsWhatCivicGridIsAndWhomToCallBeforeTheLoginForm() {
		Page page = browser.page(true);
		page.navigate(base() + "/");
		page.waitForURL(url -> url.endsWith("/login"));
		assertThat(page.locator("h1").innerText()).isEqualTo("网格通");
		assertThat(page.locator("#landing-about").innerText()).contains("网格").contains("办结");
		assertThat(page.locator("#landing-residents li").allInnerTexts()).hasSize(3).anyMatch(t -> t.contains("上报"))
			.anyMatch(t -> t.contains("进度"));
		assertThat(page.locator("#landing-contact-name").innerText())
			.isEqualTo(environment.getProperty("civicgrid.portal.office.name")).isEqualTo("如意湖街道办事处");
		assertThat(page.locator("#landing-contact-address").innerText())
			.isEqualTo(environment.getProperty("civicgrid.portal.office.address")).contains("郑州市金水区");
		String phone = environment.getProperty("civicgrid.portal.office.phone");
		assertThat(page.locator("#landing-contact-phone").innerText()).isEqualTo(phone);
		assertThat(page.locator("#landing-contact-phone").getAttribute("href")).isEqualTo("tel:" + phone.replace(" ", ""));
		assertThat(page.locator("#landing-contact-hours").innerText())
			.isEqualTo("工作日 08:30-12:00, 14:00-18:00（法定节假日除外）");
		// on a phone the landing comes first, the form after it
		assertThat(page.locator("#landing-contact").boundingBox().y).isLessThan(page.locator("#username").boundingBox().y);
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		Browser.screenshot(page, "landing-phone");

		// everything behind it still asks for the login
		for (String path : new String[] { "/cases/mine", "/regions/public-map.json", "/inbox" }) {
			page.navigate(base() + path);
			assertThat(page.url()).as(path).endsWith("/login");
		}
		assertThat(Api.on(port).get("/api/v1/cases").status()).isEqualTo(401);
		page.navigate(base() + "/");

		page.fill("#username", "resident1");
		page.fill("#password", Api.DEMO_PASSWORD);
		page.click("button[type=submit]");
		page.waitForSelector("#home[data-bench=REPORTER]");
	}

	@Test
	void theLandingSpeaksEnglishAtTheDeskWithTheConfiguredContact() {
		Page page = browser.page(false);
		page.navigate(base() + "/login?lang=en");
		assertThat(page.locator("#landing-contact h2").innerText()).isEqualTo("Contact");
		assertThat(page.locator("#landing-residents").innerText()).contains("Report a problem");
		assertThat(page.locator("#landing-contact-address").innerText())
			.isEqualTo(environment.getProperty("civicgrid.portal.office.address"));
		assertThat(page.locator("#landing-contact-hours").innerText()).startsWith("Working days 08:30-12:00");
		assertThat(page.locator("#login-form button[type=submit]").innerText()).isEqualTo("Sign in");
		Browser.screenshot(page, "landing-desk-en");
	}

	@Test
	void theResidentsPhoneHomeCountsTheirReportsByStepAsTheApiLists() {
		Api api = Api.on(port);
		HomeApiCounts counts = new HomeApiCounts(api);
		Page page = browser.page(true);
		Browser.signIn(page, base(), "resident1");
		page.waitForSelector("#home[data-bench=REPORTER]");
		Map<PublicStep, Long> before = steps(counts);
		assertSteps(page, before);
		assertThat(page.locator("#report-problem").boundingBox().height).isGreaterThanOrEqualTo(48);
		assertThat(page.locator("#report-problem").boundingBox().width).isGreaterThan(300);
		assertThat(Long.parseLong(page.locator("#home-unread").getAttribute("data-count")))
			.isEqualTo(api.as("resident1").get("/api/v1/inbox/unread-count").json().path("unread").asLong());

		long id = counts.report("resident1", "小区门口积水 " + UUID.randomUUID().toString().substring(0, 8));
		page.reload();
		Map<PublicStep, Long> after = steps(counts);
		assertThat(after.get(PublicStep.SUBMITTED)).isEqualTo(before.get(PublicStep.SUBMITTED) + 1);
		assertSteps(page, after);
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		Browser.screenshot(page, "home-resident1-phone");

		page.click("#home-step-submitted");
		page.waitForURL(url -> url.contains("/cases/mine?step=SUBMITTED"));
		assertThat(page.locator("#mine-filter-name").innerText()).isEqualTo("已提交");
		assertThat(page.locator("#my-cases .case-card[data-id='" + id + "']").count()).isEqualTo(1);
		assertThat(page.locator("#my-cases .case-card").evaluateAll("cards => cards.map(c => c.dataset.step)")
			.toString()).doesNotContain("ACCEPTED").doesNotContain("COMPLETED");
		Browser.screenshot(page, "home-resident1-submitted");
	}

	@Test
	void aVolunteersHomeOffersTheSameOnAPhone() {
		HomeApiCounts counts = new HomeApiCounts(Api.on(port));
		Page page = browser.page(true);
		Browser.signIn(page, base(), "volunteer1");
		page.waitForSelector("#home[data-bench=REPORTER]");
		Map<PublicStep, Long> steps = new EnumMap<>(PublicStep.class);
		counts.cases("volunteer1", "").forEach(c -> steps.merge(
				PublicStep.of(CaseStatus.valueOf(c.path("status").asString())), 1L, Long::sum));
		long total = steps.values().stream().mapToLong(Long::longValue).sum();
		assertThat(Long.parseLong(page.locator("#home-reports").getAttribute("data-total"))).isEqualTo(total);
		assertThat(page.locator("#home-reports-none").count()).isEqualTo(total == 0 ? 1 : 0);
		assertThat(page.locator("#report-problem").isVisible()).isTrue();
		Browser.screenshot(page, "home-volunteer1-phone");
	}

	private static Map<PublicStep, Long> steps(HomeApiCounts counts) {
		Map<PublicStep, Long> steps = new EnumMap<>(PublicStep.class);
		for (PublicStep step : PublicStep.values()) {
			steps.put(step, 0L);
		}
		counts.cases("resident1", "").forEach(c -> steps.merge(
				PublicStep.of(CaseStatus.valueOf(c.path("status").asString())), 1L, Long::sum));
		return steps;
	}

	private static void assertSteps(Page page, Map<PublicStep, Long> steps) {
		long total = steps.values().stream().mapToLong(Long::longValue).sum();
		assertThat(Long.parseLong(page.locator("#home-reports").getAttribute("data-total"))).isEqualTo(total);
		for (PublicStep step : PublicStep.values()) {
			var tile = page.locator("#home-step-" + step.name().toLowerCase());
			boolean shown = total > 0
					&& (steps.get(step) > 0 || step != PublicStep.NOT_ACCEPTED && step != PublicStep.MERGED);
			assertThat(tile.count()).as(step.name()).isEqualTo(shown ? 1 : 0);
			if (shown) {
				assertThat(Long.parseLong(tile.getAttribute("data-count"))).as(step.name()).isEqualTo(steps.get(step));
			}
		}
	}
}
