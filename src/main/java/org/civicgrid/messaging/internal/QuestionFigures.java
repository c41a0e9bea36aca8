package org.civicgrid.messaging.internal;

/**
 * How questions were answered over a period and region: asked, replied, replied within the first commitment, open
 * now by colour, and the minutes from question to reply (median, 90th percentile, all minutes; null without any).
 */
public record QuestionFigures(long asked, long replied, long repliedInTime, long red, long yellow, long green,
		Double minutesToReplyMedian, Double minutesToReplyP90) {
}
