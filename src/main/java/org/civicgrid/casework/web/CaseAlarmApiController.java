package org.civicgrid.casework.web;

import java.net.URI;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.casework.Alarm;
import org.civicgrid.casework.internal.AlarmIntake;
import org.civicgrid.casework.CaseView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The alarm webhook for sensors and video analytics, authenticated by the source's own token, not an account. */
@RestController
@RequestMapping("/api/v1/cases/alarms")
@Tag(name = "alarms", description = "IoT and video alarms raise cases (X-Alarm-Token per source)")
class CaseAlarmApiController {

	private final AlarmIntake alarms;

	CaseAlarmApiController(AlarmIntake alarms) {
		this.alarms = alarms;
	}

	@PostMapping
	@Operation(summary = "Raise a case from an alarm: 201 with the new case, 200 with the case a resent alarmId raised")
	ResponseEntity<CaseView> raise(@RequestHeader(name = "X-Alarm-Token", required = false) String token,
			@Valid @RequestBody Alarm alarm) {
		AlarmIntake.RaisedAlarm raised = alarms.raise(token, alarm);
		if (!raised.created()) {
			return ResponseEntity.ok(raised.view());
		}
		return ResponseEntity.created(URI.create("/api/v1/cases/" + raised.view().id())).body(raised.view());
	}
}
