package org.civicgrid.casework;

/**
 * The alarm webhook: sensors and video analytics raise cases with their source's own token (not an account). A
 * missing or wrong token is 401; an alarm type the source does not map to a category is 422 naming {@code type};
 * the case comes in on the source's channel ({@link Channel#IOT} or {@link Channel#VIDEO}).
 */
public interface CaseAlarms {

	/** Raises a case for the alarm, or answers the one the same {@code alarmId} already raised. */
	RaisedAlarm raise(String token, Alarm alarm);

	/** The case and whether this call created it ({@code false} for a resent alarm). */
	record RaisedAlarm(CaseView view, boolean created) {
	}
}
