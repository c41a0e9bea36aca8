package org.civicgrid.casework;

/**
 * A problem sent by another system: {@code source} names it in the trace (such as {@code open311:FixMyStreet}),
 * {@code report} carries what any report carries, {@code channel} how it came in.
 */
public record ExternalReport(String source, NewCaseReport report, Channel channel) {
}
