package org.civicgrid.casework;

import java.time.Instant;

/** The case was accepted as a case (立案) and waits to be dispatched. */
public record CaseFiled(CaseId id, String gridCode, String categoryCode, Instant at) {
}
