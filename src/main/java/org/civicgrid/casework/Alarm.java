package org.civicgrid.casework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An alarm from a sensor or a video analytics box (物联感知, 视频智能分析), as posted to
 * {@code POST /api/v1/cases/alarms} with the source's {@code X-Alarm-Token}.
 *
 * @param alarmId the device's own id of this alarm; the same id again answers the case it already raised
 * @param type the alarm type, mapped to a small class by the source's configuration (such as
 * {@code fire-lane-blocked} → E0504)
 * @param snapshotUrl where the device keeps its snapshot; recorded, never fetched by the server
 * @param snapshot the snapshot itself, base64 (JPEG or PNG), stored as the report's photo
 */
public record Alarm(@NotBlank @Size(max = 128) String deviceId, @Size(max = 128) String alarmId,
		@NotBlank @Size(max = 64) String type, @NotNull @Valid NewCaseReport.Location location,
		@Size(max = 200) String address, @Size(max = 2000) String description,
		@Size(max = 500) @Pattern(regexp = "https?://\\S+") String snapshotUrl, @Size(max = 14_000_000) String snapshot) {
}
