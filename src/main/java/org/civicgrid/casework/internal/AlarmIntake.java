package org.civicgrid.casework.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civicgrid.casework.Alarm;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.NewCaseReport;
import org.civicgrid.casework.PhotoUpload;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.blob.BlobStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alarms into cases. The token is hashed and compared with each source's configured hash in constant time; the
 * alarm is reported like a patrol report by the source itself ({@code alarm:<name>}, with the rights of street staff
 * of its region), on its channel, with the snapshot as photo. A resent alarm id answers the case it raised.
 */
@Service
@Transactional
public class AlarmIntake {

	private final AlarmSettings settings;
	private final CaseService cases;
	private final Cases stored;
	private final CaseViews views;
	private final JdbcClient jdbc;
	private final Clock clock;

	AlarmIntake(AlarmSettings settings, CaseService cases, Cases stored, CaseViews views, JdbcClient jdbc,
			Clock clock) {
		this.settings = settings;
		this.cases = cases;
		this.stored = stored;
		this.views = views;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public RaisedAlarm raise(String token, Alarm alarm) {
		AlarmSettings.Source source = sourceOf(token).orElseThrow(AlarmTokenRefusedException::new);
		Caller caller = new Caller(0, "alarm:" + source.name(), source.name(), Role.STREET_STAFF,
				source.region());
		if (alarm.alarmId() != null && !alarm.alarmId().isBlank()) {
			Optional<Long> known = jdbc.sql("select case_id from event_case_alarm where source = :s and alarm_id = :a")
				.param("s", source.name())
				.param("a", alarm.alarmId())
				.query(Long.class)
				.optional();
			if (known.isPresent()) {
				return new RaisedAlarm(views.view(caller, stored.find(new CaseId(known.get())).orElseThrow()), false);
			}
		}
		String category = source.types().get(alarm.type().strip().toLowerCase(Locale.ROOT));
		if (category == null) {
			throw new InvalidInputException(List.of(FieldProblem.of("type", "casework.alarm.type-unknown", alarm.type())));
		}
		List<PhotoUpload> photos = snapshot(alarm);
		NewCaseReport report = new NewCaseReport(category, description(alarm), alarm.location(), alarm.address(), null,
				source.channel());
		var view = cases.report(caller, report, ReportAttachments.photos(photos)).summary();
		if (alarm.alarmId() != null && !alarm.alarmId().isBlank()) {
			jdbc.sql("""
					insert into event_case_alarm (source, alarm_id, case_id, device_id, alarm_type, received_at)
					values (:s, :a, :case, :device, :type, :at)""")
				.param("s", source.name())
				.param("a", alarm.alarmId())
				.param("case", view.id())
				.param("device", alarm.deviceId())
				.param("type", alarm.type())
				.param("at", Timestamp.from(clock.instant()))
				.update();
		}
		return new RaisedAlarm(view, true);
	}

	private Optional<AlarmSettings.Source> sourceOf(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		byte[] hash = BlobStore.sha256(token.strip().getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
		AlarmSettings.Source found = null;
		for (AlarmSettings.Source source : settings.sources()) {
			if (source.tokenSha256() == null) {
				continue;
			}
			byte[] expected = source.tokenSha256().strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
			if (MessageDigest.isEqual(hash, expected)) {
				found = source;
			}
		}
		return Optional.ofNullable(found);
	}

	private static String description(Alarm alarm) {
		StringBuilder text = new StringBuilder("[").append(alarm.type()).append("] ").append(alarm.deviceId());
		if (alarm.description() != null && !alarm.description().isBlank()) {
			text.append(": ").append(alarm.description().strip());
		}
		if (alarm.snapshotUrl() != null) {
			text.append("\n").append(alarm.snapshotUrl());
		}
		return text.toString();
	}

	private static List<PhotoUpload> snapshot(Alarm alarm) {
		if (alarm.snapshot() == null || alarm.snapshot().isBlank()) {
			return List.of();
		}
		try {
			return List.of(new PhotoUpload("snapshot", "snapshot", null, Base64.getMimeDecoder().decode(alarm.snapshot())));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(List.of(FieldProblem.of("snapshot", "casework.alarm.snapshot-base64")));
		}
	}

	/** The case an alarm raised, and whether this alarm created it (false: a repeat of an open alarm's case). */
	public record RaisedAlarm(CaseView view, boolean created) {
	}
}
