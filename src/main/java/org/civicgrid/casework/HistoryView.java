package org.civicgrid.casework;

import java.time.Instant;
import java.util.List;

import org.civicgrid.shared.Role;

/**
 * One step of a case's trace; the report itself has no {@code action} and no {@code from}. {@code note} is what
 * staff wrote for each other; {@code reply} what the step tells the reporter (the handler's feedback, the reason a
 * report is not taken up), absent on every other step and on steps written before replies were kept apart.
 */
public record HistoryView(int seq, Instant at, String actor, Role role, String action, CaseStatus from,
		CaseStatus to, String note, String reply, List<String> photos) {

	/**
	 * The step as a reporter reads it through the API: whoever took a step in the office and what staff noted stay
	 * there; the reader's own steps, the role, the status change, the reply and the photos remain.
	 */
	public HistoryView forReporter(String reader) {
		boolean own = reader.equals(actor);
		return new HistoryView(seq, at, own ? actor : null, role, action, from, to, own ? note : null, reply, photos);
	}
}
