package org.civicgrid.open311;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A FixMyStreet site as its Open311 client talks to its back end, played from FixMyStreet's own code
 * (github.com/mysociety/fixmystreet, perllib/): XML resources and the body's api_key on every call; reports sent
 * as {@code Open311.pm send_service_request} sends them; a comment of the public posted as
 * {@code _populate_service_request_update_params} builds it, its status being the state the site shows, and the
 * answered {@code update_id} kept as the comment's external id ({@code PostServiceRequestUpdates.pm
 * process_update}); updates fetched as {@code GetServiceRequestUpdates.pm process_requests} and
 * {@code UpdatesBase.pm _process_update} take them: skipped when a comment already has that external id, else a
 * comment in the body's name whose status ({@code map_state}) becomes the report's state.
 */
final class FixMyStreetSite {

	/** A report on the site, known to the back end by its external id. */
	static final class Report {

		final String externalId;
		String state = "confirmed";
		final List<Comment> comments = new ArrayList<>();

		Report(String externalId) {
			this.externalId = externalId;
		}
	}

	/** A comment on a report: the public's (posted to the back end) or the body's (fetched from it). */
	record Comment(long id, String externalId, String text, boolean fromBody, String problemState) {
	}

	private static final Set<String> OPEN_STATES = Set.of("confirmed", "investigating", "in progress",
			"action scheduled", "planned");
	private static final Set<String> FIXED_STATES = Set.of("fixed", "fixed - user", "fixed - council");

	private final Open311Client client;
	private final String apiKey;
	private final boolean extendedStatuses;
	/** The sites of one test JVM share the demo key, so their comment ids (update_ids) are unique across them. */
	private static final AtomicLong COMMENT_IDS = new AtomicLong(7000);
	private final List<Report> reports = new ArrayList<>();

	FixMyStreetSite(Open311Client client, String apiKey, boolean extendedStatuses) {
		this.client = client;
		this.apiKey = apiKey;
		this.extendedStatuses = extendedStatuses;
	}

	/** send-reports: POST requests.xml; the answered service_request_id becomes the report's external id. */
	Report send(Map<String, String> form) {
		Map<String, String> params = new HashMap<>(form);
		params.put("api_key", apiKey);
		Open311Client.Reply reply = client.post("requests", params);
		if (reply.status() != 201) {
			throw new AssertionError("report refused: " + reply);
		}
		Report report = new Report(reply.items().get(0).get("service_request_id"));
		reports.add(report);
		return report;
	}

	/**
	 * Someone comments on the report, marking it fixed or not ("fixed - user", Report/Update.pm), and
	 * send-comments posts it to servicerequestupdates.xml.
	 */
	Comment comment(Report report, String text, String name, boolean markFixed) {
		if (markFixed) {
			report.state = "fixed - user";
		}
		long id = COMMENT_IDS.incrementAndGet();
		String[] split = name.split("\\s+", 2);
		Map<String, String> params = new HashMap<>();
		params.put("api_key", apiKey);
		params.put("updated_datetime", OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString());
		params.put("service_request_id", report.externalId);
		params.put("status", status(report.state));
		params.put("description", text);
		params.put("first_name", split[0]);
		params.put("last_name", split.length > 1 ? split[1] : "-");
		params.put("update_id", String.valueOf(id));
		Open311Client.Reply reply = client.post("servicerequestupdates", params);
		if (reply.status() != 200) {
			throw new AssertionError("comment refused: " + reply);
		}
		Comment comment = new Comment(id, reply.items().get(0).get("update_id"), text, false, report.state);
		report.comments.add(comment);
		return comment;
	}

	/** GET servicerequestupdates.xml for the span, as FixMyStreet asks for it (W3C datetimes in UTC). */
	List<Map<String, String>> feed(Instant start, Instant end) {
		Open311Client.Reply reply = client.get("servicerequestupdates", Map.of("api_key", apiKey, "start_date",
				utc(start), "end_date", utc(end)));
		if (reply.status() != 200) {
			throw new AssertionError("updates refused: " + reply);
		}
		return reply.items();
	}

	/**
	 * fetch-comments from {@code start} to the next whole second after now: the comments the site makes of the
	 * updates it did not have yet, and the state each leaves its report in.
	 */
	List<Comment> fetchUpdates(Instant start) {
		Instant end = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
		List<Comment> created = new ArrayList<>();
		for (Map<String, String> update : feed(start, end)) {
			String updateId = update.get("update_id");
			Report report = reports.stream().filter(r -> r.externalId.equals(update.get("service_request_id")))
				.findFirst().orElse(null);
			if (updateId == null || updateId.isEmpty() || report == null
					|| report.comments.stream().anyMatch(c -> updateId.equals(c.externalId()))) {
				continue;
			}
			String state = mapState(update.get("status"));
			if (!"unchanged".equals(state)) {
				report.state = state;
			}
			Comment comment = new Comment(COMMENT_IDS.incrementAndGet(), updateId, update.get("description"), true,
					report.state);
			report.comments.add(comment);
			created.add(comment);
		}
		return created;
	}

	/** The status a comment is posted with: the state the site shows (_populate_service_request_update_params). */
	private String status(String state) {
		if (!extendedStatuses) {
			return OPEN_STATES.contains(state) ? "OPEN" : "CLOSED";
		}
		if (FIXED_STATES.contains(state)) {
			return "FIXED";
		}
		return switch (state) {
			case "in progress" -> "IN_PROGRESS";
			case "action scheduled", "planned" -> "ACTION_SCHEDULED";
			case "investigating" -> "INVESTIGATING";
			case "closed" -> "CLOSED";
			default -> "OPEN";
		};
	}

	/** Open311.pm map_state: the site's state for a fetched update's status. */
	private String mapState(String status) {
		String incoming = status.toLowerCase(Locale.ROOT).replace('_', ' ');
		return switch (incoming) {
			case "fixed" -> "fixed - council";
			case "not councils responsibility" -> "not responsible";
			case "no further action" -> "unable to fix";
			case "open" -> "confirmed";
			case "closed" -> extendedStatuses ? "closed" : "fixed - council";
			default -> incoming;
		};
	}

	private static String utc(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}
}
