package org.civicgrid.casework.internal;

import java.util.List;

import org.civicgrid.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** 401: the alarm's {@code X-Alarm-Token} is missing or belongs to no configured source. */
class AlarmTokenRefusedException extends ProblemException {

	AlarmTokenRefusedException() {
		super(HttpStatus.UNAUTHORIZED, "casework.alarm.token-refused", new Object[0], List.of());
	}

	@Override
	public String type() {
		return "alarm-token";
	}
}
