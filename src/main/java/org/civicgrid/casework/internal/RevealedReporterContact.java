package org.civicgrid.casework.internal;

/** A reporter's contact in clear, shown once to a caller who gave a reason (audited). */
public record RevealedReporterContact(long id, String number, String reporterContact) {
}
