package org.civicgrid.messaging.internal;

/**
 * How forwarding does over a period and a region: how many posts were forwarded, became cases and were completed,
 * and the minutes from the post to its case and to the case's completion (median and 90th percentile; null when
 * there is none to measure).
 */
public record ForwardFigures(long forwarded, long filed, long completed, Double minutesToCaseMedian,
		Double minutesToCaseP90, Double minutesToCloseMedian, Double minutesToCloseP90) {
}
