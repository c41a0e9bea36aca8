package org.civicgrid.casework.internal;

import java.time.Instant;

import org.civicgrid.casework.CaseView;

/** A case as the one who acted in it reads it, with their latest step there: its wire name (null: the report), when. */
public record ActedCase(CaseView view, String action, Instant at) {
}
