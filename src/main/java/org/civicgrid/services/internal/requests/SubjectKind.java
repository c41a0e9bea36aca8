package org.civicgrid.services.internal.requests;

/** What a rating (好差评) is about: a request, an appointment, an agency matter or a closed case. */
public enum SubjectKind {
	REQUEST, APPOINTMENT, AGENCY, CASE
}
