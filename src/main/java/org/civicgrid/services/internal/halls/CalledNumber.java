package org.civicgrid.services.internal.halls;

import java.time.Instant;

/**
 * A number on the hall's screen: called to a counter (again when {@code recalls} grew), without anything about who
 * holds it, since anyone may read the screen.
 */
public record CalledNumber(int number, String itemCode, int counterNo, Instant calledAt, int recalls) {
}
