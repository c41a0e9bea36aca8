package org.civicgrid.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Page;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.Browser;
import org.civicgrid.testing.BrowserTest;
import org.civicgrid.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The answer clock on the pages: a resident's question nobody took up in 15 minutes is yellow on the grid worker's
 * list of questions; the grid worker opens it, takes it up (green again) and answers in the thread, and the
 * resident's thread says who answered. Screens in {@code target/screenshots/question-*.png}.
 */
class QuestionBrowserTests extends BrowserTest {

	@Autowired
	MovableClock clock;

	@Test
	void aYellowQuestionIsTakenUpAndAnsweredFromTheList() {
		clock.stopAt("2026-12-02T10:00");
		Api api = Api.on(port);
		JsonNode courtyard = Joining.courtyardOf(api, "resident1");
		Joining.Asked asked = Joining.asks(api, courtyard.path("joinCode").asString());
		api.as("community1").post("/api/v1/messaging/channels/" + courtyard.path("id").asLong() + "/members/"
				+ asked.account() + "/approve", Map.of());
		long post = asked.resident().post("/api/v1/messaging/channels/" + courtyard.path("id").asLong() + "/posts",
				Map.of("kind", "question", "body", "老年优待证在哪里办？" + System.nanoTime() % 1000)).json().path("id")
			.asLong();
		clock.stopAt("2026-12-02T10:16");

		Page worker = browser.page(false);
		Browser.signIn(worker, base(), "gridworker1");
		worker.navigate(base() + "/messaging/questions?colour=YELLOW");
		var row = worker.locator(".question-row[data-post='" + post + "']");
		assertThat(row.getAttribute("data-colour")).isEqualTo("YELLOW");
		assertThat(worker.locator("#colour-YELLOW").innerText()).matches("超时未响应 \\d+");
		Browser.screenshot(worker, "question-01-yellow-on-the-list");
		row.locator("a").click();
		worker.waitForSelector("#question-clock");
		assertThat(worker.locator("#question-clock").getAttribute("data-colour")).isEqualTo("YELLOW");
		worker.click("#claim");
		worker.waitForSelector("#question-clock[data-colour=GREEN]");
		assertThat(worker.locator("#claim").count()).isZero();
		worker.fill("#reply-body", "带身份证和一寸照片到社区大厅 1 号窗口，当场办理。");
		worker.click("#send-reply");
		worker.waitForSelector("#question-clock[data-colour=ANSWERED]");
		Browser.screenshot(worker, "question-02-answered");

		Page resident = browser.page(true);
		Browser.signIn(resident, base(), asked.username());
		resident.navigate(base() + "/messaging/posts/" + post);
		assertThat(resident.locator("#question-clock").innerText()).contains("已答复");
		assertThat(resident.locator(".post-body").last().innerText()).contains("1 号窗口");
		assertThat(resident.locator("#claim").count()).as("no claim button for a resident").isZero();
		Browser.screenshot(resident, "question-03-resident-sees-the-answer");
	}
}
