package org.civicgrid.workforce.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code civicgrid.workforce.log.*}.
 *
 * @param daysBack how many days back a grid worker may still write a day's log (7 unless set): a log is kept the
 *        day it happens, with a week's grace for a busy one
 */
@ConfigurationProperties("civicgrid.workforce.log")
public record LogSettings(Integer daysBack) {

	public LogSettings {
		daysBack = daysBack == null ? 7 : daysBack;
	}
}
