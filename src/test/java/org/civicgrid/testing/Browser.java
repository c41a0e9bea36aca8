package org.civicgrid.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright. Without {@code /usr/bin/chromium} the browser tests are skipped on a
 * developer machine, but fail in CI ({@code CI=true}), where {@code .ci/run} installs it.
 */
public final class Browser implements AutoCloseable {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Playwright playwright;
	private final com.microsoft.playwright.Browser browser;

	private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static Browser launch() {
		Path chromium = Path.of(System.getenv().getOrDefault("CIVICGRID_CHROMIUM", "/usr/bin/chromium"));
		if (!Files.isExecutable(chromium)) {
			if ("true".equals(System.getenv("CI"))) {
				throw new AssertionError("Chromium is missing at " + chromium + "; .ci/run installs it");
			}
			Assumptions.abort("No Chromium at " + chromium + " (apt-get install chromium)");
		}
		Playwright playwright = Playwright.create();
		var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(chromium)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync")));
		return new Browser(playwright, browser);
	}

	/** A fresh context (cookies, storage) with a desk-sized or phone-sized window. */
	public Page page(boolean phone) {
		BrowserContext context = browser.newContext(new NewContextOptions()
			.setViewportSize(phone ? 390 : 1400, phone ? 844 : 900)
			.setLocale("zh-CN")
			.setIsMobile(phone)
			.setHasTouch(phone));
		context.setDefaultTimeout(15_000);
		Page page = context.newPage();
		page.onConsoleMessage(m -> System.out.println("[browser " + m.type() + "] " + m.text()));
		page.onPageError(e -> System.out.println("[browser error] " + e));
		return page;
	}

	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	/** Signs in through the login page. */
	public static void signIn(Page page, String base, String username) {
		page.navigate(base + "/login");
		page.fill("#username", username);
		page.fill("#password", Api.DEMO_PASSWORD);
		page.click("button[type=submit]");
		page.waitForURL(url -> !url.contains("/login"));
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
