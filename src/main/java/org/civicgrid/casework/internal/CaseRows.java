package org.civicgrid.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.Channel;
import org.civicgrid.casework.Colour;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.time.TimeLimit;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Maps case rows to {@link StoredCase} and back to SQL parameters. */
final class CaseRows {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JsonMapper json;

	CaseRows(JsonMapper json) {
		this.json = json;
	}

	StoredCase stored(ResultSet rs, List<HistoryEntry> history) throws SQLException {
		String colour = rs.getString("colour");
		return new StoredCase(CaseFile.restore(state(rs), history), intake(rs), rs.getInt("version"), history.size(),
				colour == null ? null : Colour.valueOf(colour), instant(rs, "deadline"), instant(rs, "yellow_at"));
	}

	CaseState state(ResultSet rs) throws SQLException {
		String level = rs.getString("assignee_level");
		Assignee assignee = level == null ? null
				: new Assignee(AssigneeLevel.valueOf(level), rs.getString("assignee_unit"), rs.getString("assignee_user"));
		int score = rs.getInt("rating");
		Rating rating = rs.wasNull() ? null
				: new Rating(score, rs.getString("rating_comment"), rs.getString("reporter_username"),
						instant(rs, "rated_at"));
		long merged = rs.getLong("merged_into");
		CaseId mergedInto = rs.wasNull() ? null : new CaseId(merged);
		String requested = rs.getString("extension_requested");
		String granted = rs.getString("extensions_granted");
		return new CaseState(new CaseId(rs.getLong("id")), rs.getString("number"), rs.getString("category_code"),
				TimeLimit.parse(rs.getString("time_limit")), rs.getString("grid_code"), rs.getString("reporter_username"),
				rs.getBoolean("handled_on_the_spot"), CaseStatus.valueOf(rs.getString("status")), assignee,
				rs.getInt("rework_count"), rs.getInt("extension_count"), rating, mergedInto,
				instant(rs, "stage_started_at"), instant(rs, "clock_stopped_at"),
				requested == null ? null : TimeLimit.parse(requested),
				granted == null || granted.isEmpty() ? List.of()
						: Arrays.stream(granted.split(",")).map(TimeLimit::parse).toList());
	}

	StoredCase.Intake intake(ResultSet rs) throws SQLException {
		long account = rs.getLong("reporter_account_id");
		Long accountId = rs.wasNull() ? null : account;
		double lat = rs.getDouble("lat");
		Double latitude = rs.wasNull() ? null : lat;
		double lng = rs.getDouble("lng");
		Double longitude = rs.wasNull() ? null : lng;
		byte[] sealed = rs.getBytes("reporter_contact_sealed");
		SealedContact contact = sealed == null ? null : new SealedContact(sealed, rs.getString("reporter_contact_hash"));
		return new StoredCase.Intake(accountId, contact, Channel.valueOf(rs.getString("channel")),
				rs.getString("description"), latitude, longitude, rs.getString("address"), rs.getString("rating_comment"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	HistoryEntry history(ResultSet rs) throws SQLException {
		String action = rs.getString("action");
		String from = rs.getString("from_status");
		return new HistoryEntry(rs.getString("actor"), Role.valueOf(rs.getString("role")), instant(rs, "at"),
				action == null ? null : CaseAction.fromWire(action), from == null ? null : CaseStatus.valueOf(from),
				CaseStatus.valueOf(rs.getString("to_status")), rs.getString("note"), rs.getString("reply"),
				json.readValue(rs.getString("photos"), STRINGS));
	}

	Map<String, Object> intakeParams(CaseFile file, StoredCase.Intake intake) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", file.id().value());
		p.put("number", file.number());
		p.put("category", file.categoryCode());
		p.put("limit", file.timeLimit().toString());
		p.put("grid", file.gridCode());
		p.put("status", file.status().name());
		p.put("account", intake.reporterAccountId());
		p.put("reporter", file.reporter());
		p.put("contact", intake.reporterContact() == null ? null : intake.reporterContact().sealed());
		p.put("contactHash", intake.reporterContact() == null ? null : intake.reporterContact().phoneHash());
		p.put("channel", intake.channel().name());
		p.put("description", intake.description());
		p.put("lat", intake.lat());
		p.put("lng", intake.lng());
		p.put("address", intake.address());
		p.put("onTheSpot", file.handledOnTheSpot());
		return p;
	}

	Map<String, Object> stateParams(CaseFile file) {
		Map<String, Object> p = new HashMap<>();
		Assignee assignee = file.assignee();
		CaseClock clock = file.clock();
		Rating rating = file.rating();
		p.put("id", file.id().value());
		p.put("status", file.status().name());
		p.put("level", assignee == null ? null : assignee.level().name());
		p.put("unit", assignee == null ? null : assignee.unitCode());
		p.put("user", assignee == null ? null : assignee.username());
		p.put("started", timestamp(clock.started()));
		p.put("stopped", timestamp(clock.stopped()));
		p.put("requested", clock.requested() == null ? null : clock.requested().toString());
		p.put("granted", clock.extensions().stream().map(TimeLimit::toString).collect(Collectors.joining(",")));
		p.put("rework", file.reworkCount());
		p.put("extensions", file.extensionCount());
		p.put("score", rating == null ? null : rating.score());
		p.put("comment", rating == null ? null : rating.comment());
		p.put("ratedAt", rating == null ? null : timestamp(rating.at()));
		p.put("mergedInto", file.mergedInto() == null ? null : file.mergedInto().value());
		return p;
	}

	Map<String, Object> historyParams(HistoryEntry entry) {
		Map<String, Object> p = new HashMap<>();
		p.put("at", timestamp(entry.at()));
		p.put("actor", entry.who());
		p.put("role", entry.role().name());
		p.put("action", entry.action() == null ? null : entry.action().wire());
		p.put("from", entry.from() == null ? null : entry.from().name());
		p.put("to", entry.to().name());
		p.put("note", entry.note());
		p.put("reply", entry.reply());
		p.put("photos", json.writeValueAsString(entry.photos()));
		return p;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
