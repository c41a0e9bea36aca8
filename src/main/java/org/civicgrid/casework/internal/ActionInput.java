package org.civicgrid.casework.internal;

import java.util.List;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.SupervisionCard;
import org.civicgrid.shared.time.TimeLimit;

/**
 * What an action carries besides its name; each action reads what it needs and the workflow checks that it is
 * there: {@code note} (feedback, instruction, comment), {@code reason} (return, dismiss, defer, check-fail,
 * extension request), {@code assignee} (dispatch, reassign, escalate), {@code score} 1–5 (rate), {@code survivor}
 * (merge), {@code extension} (request-extension), {@code card} (supervise), {@code photos} (any step).
 */
public record ActionInput(String note, String reason, Assignee assignee, Integer score, CaseId survivor,
		TimeLimit extension, SupervisionCard card, List<String> photos) {

	private static final ActionInput NONE = new ActionInput(null, null, null, null, null, null, null, null);

	public ActionInput {
		photos = photos == null ? List.of() : List.copyOf(photos);
	}

	public static ActionInput none() {
		return NONE;
	}

	public static ActionInput note(String note) {
		return NONE.withNote(note);
	}

	public static ActionInput reason(String reason) {
		return new ActionInput(null, reason, null, null, null, null, null, null);
	}

	public static ActionInput to(Assignee assignee) {
		return new ActionInput(null, null, assignee, null, null, null, null, null);
	}

	public static ActionInput rating(int score, String comment) {
		return new ActionInput(comment, null, null, score, null, null, null, null);
	}

	public static ActionInput into(CaseId survivor) {
		return new ActionInput(null, null, null, null, survivor, null, null, null);
	}

	public static ActionInput extension(TimeLimit extension, String reason) {
		return new ActionInput(null, reason, null, null, null, extension, null, null);
	}

	public static ActionInput card(SupervisionCard card, String note) {
		return new ActionInput(note, null, null, null, null, null, card, null);
	}

	public ActionInput withNote(String text) {
		return new ActionInput(text, reason, assignee, score, survivor, extension, card, photos);
	}

	public ActionInput withReason(String text) {
		return new ActionInput(note, text, assignee, score, survivor, extension, card, photos);
	}

	public ActionInput withPhotos(String... files) {
		return new ActionInput(note, reason, assignee, score, survivor, extension, card, List.of(files));
	}
}
