package org.civicgrid.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A page test: the application over HTTP and one Chromium for the whole class. */
@IntegrationTest
public abstract class BrowserTest {

	protected static Browser browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void launchBrowser() {
		browser = Browser.launch();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	protected String base() {
		return "http://localhost:" + port;
	}
}
