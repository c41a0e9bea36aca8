package org.civicgrid.casework.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Colour;
import org.civicgrid.casework.SupervisionCard;

/**
 * What the supervision board shows at {@code at}: red and yellow cases being handled in the caller's scope,
 * counted by colour, by category and by assigned unit, the cards issued on them, and the cases themselves (at most
 * {@link #LIMIT}), most overdue first.
 */
public record SupervisionBoard(Instant at, Map<Colour, Long> byColour, List<Count> byCategory, List<Count> byUnit,
		Map<SupervisionCard, Long> cardsIssued, List<Entry> cases) {

	public static final int LIMIT = 200;

	/** Red and yellow cases of one category ({@code code} E0102, {@code name} 暴露垃圾) or one unit. */
	public record Count(String code, String name, long red, long yellow) {

		public long total() {
			return red + yellow;
		}
	}

	/**
	 * One case on the board: its summary at the top level in JSON, how many minutes it is overdue (negative: still
	 * left before the deadline) and the cards issued on it, oldest first.
	 */
	public record Entry(@JsonUnwrapped CaseView summary, long overdueMinutes, List<CardIssued> cards) {
	}

	/** A card a supervisor issued (督办), with the note of that step. */
	public record CardIssued(SupervisionCard card, String by, Instant at, String note) {
	}
}
