package org.civicgrid.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * FixMyStreet's calls in the order its jobs make them (send-reports, fetch-comments, send-comments,
 * fetch-comments), played by {@link FixMyStreetSite}, and what the site and the street office end up with.
 */
class Open311FixMyStreetTests extends ApiTest {

	Open311Fixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new Open311Fixture(api);
	}

	@Test
	void aResidentsFixedIsAClaimStaffCheckAndTheSiteDoesNotGetItsOwnCommentTwice() {
		String marker = Open311Fixture.marker();
		FixMyStreetSite site = new FixMyStreetSite(Open311Client.xml(port), Open311Fixture.DEMO_KEY, true);
		Instant twoHoursAgo = Instant.now().minus(2, ChronoUnit.HOURS);

		FixMyStreetSite.Report report = site.send(fixture.request("井盖破损 " + marker));
		// the report itself is no update
		assertThat(site.fetchUpdates(twoHoursAgo)).isEmpty();

		// its reporter says it is fixed; the site posts the comment with the state it now shows
		Instant beforeComment = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		FixMyStreetSite.Comment fixed = site.comment(report, "已经修好了 " + marker, "王小明", true);
		assertThat(fixed.externalId()).isEqualTo(report.externalId + "-2");

		// the back end lists it back under the id it answered, with its own status: still open
		Instant now = Instant.now().plusSeconds(1);
		assertThat(site.feed(beforeComment, now)).filteredOn(u -> report.externalId.equals(u.get("service_request_id")))
			.singleElement()
			.satisfies(u -> assertThat(u).containsEntry("update_id", fixed.externalId()).containsEntry("status", "open")
				.containsEntry("external_status_code", "REPORTED"));
		// which the site recognises as its own comment: nothing new, and the report stays as its reporter marked it
		assertThat(site.fetchUpdates(beforeComment)).isEmpty();
		assertThat(report.state).isEqualTo("fixed - user");
		assertThat(report.comments).hasSize(1);

		// the street office has the claim in the case's trace, and the case is not closed by it
		JsonNode detail = api.as("dispatcher").get("/api/v1/cases/" + report.externalId).json();
		assertThat(detail.path("status").asString()).isEqualTo("REPORTED");
		JsonNode claim = detail.path("history").get(1);
		assertThat(claim.path("note").asString())
			.isEqualTo("已经修好了 " + marker + " （对方系统称问题已解决：FIXED，待核查后结案） —王小明");
		assertThat(claim.path("to").asString()).isEqualTo("REPORTED");

		// a grid worker checks on site: the site takes the office's word, and its report is open again
		assertThat(api.as("gridworker1").post("/api/v1/cases/" + report.externalId + "/actions/verify",
				Map.of("note", "井盖仍然破损 " + marker)).status()).isEqualTo(200);
		List<FixMyStreetSite.Comment> fromBody = site.fetchUpdates(beforeComment);
		assertThat(fromBody).singleElement().satisfies(c -> {
			assertThat(c.fromBody()).isTrue();
			assertThat(c.text()).isEqualTo("已核实：井盖仍然破损 " + marker);
			assertThat(c.externalId()).isEqualTo(report.externalId + "-3");
		});
		assertThat(report.state).isEqualTo("confirmed");
		// fetching again adds nothing
		assertThat(site.fetchUpdates(twoHoursAgo)).isEmpty();
	}

	@Test
	void anotherSiteGetsTheOfficesStepsButNotTheCommentsOfThePublicPostedElsewhere() {
		String marker = Open311Fixture.marker();
		FixMyStreetSite site = new FixMyStreetSite(Open311Client.xml(port), Open311Fixture.DEMO_KEY, false);
		String otherKey = api.as("admin").post("/api/v1/open311/keys", Map.of("label", "FixMyStreet 二 " + marker))
			.json().path("key").asString();
		FixMyStreetSite other = new FixMyStreetSite(Open311Client.xml(port), otherKey, false);
		Instant start = Instant.now().minus(2, ChronoUnit.HOURS);

		FixMyStreetSite.Report report = site.send(fixture.request("路灯不亮 " + marker));
		// a site without extended statuses sends CLOSED for a report it no longer shows open
		FixMyStreetSite.Comment closed = site.comment(report, "灯已经亮了 " + marker, "Li Lei", true);
		assertThat(api.as("gridworker1").post("/api/v1/cases/" + report.externalId + "/actions/verify",
				Map.of("note", "仍不亮 " + marker)).status()).isEqualTo(200);

		Instant end = Instant.now().plusSeconds(1);
		List<String> seenByOther = other.feed(start, end).stream()
			.filter(u -> report.externalId.equals(u.get("service_request_id")))
			.map(u -> u.get("update_id"))
			.toList();
		assertThat(seenByOther).containsExactly(report.externalId + "-3");
		assertThat(site.feed(start, end).stream().filter(u -> report.externalId.equals(u.get("service_request_id")))
			.map(u -> u.get("update_id"))).containsExactly(closed.externalId(), report.externalId + "-3");

		JsonNode claim = api.as("dispatcher").get("/api/v1/cases/" + report.externalId).json().path("history").get(1);
		assertThat(claim.path("note").asString()).contains("对方系统称问题已解决：CLOSED").endsWith("—LeiLi");
	}
}
