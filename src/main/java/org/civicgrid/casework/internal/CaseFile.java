package org.civicgrid.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.AssigneeLevel;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseClosed;
import org.civicgrid.casework.CaseDismissed;
import org.civicgrid.casework.CaseDispatched;
import org.civicgrid.casework.CaseEscalated;
import org.civicgrid.casework.CaseEvent;
import org.civicgrid.casework.CaseFiled;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.CaseInstructed;
import org.civicgrid.casework.CaseMerged;
import org.civicgrid.casework.CaseOverdue;
import org.civicgrid.casework.CaseRated;
import org.civicgrid.casework.CaseReported;
import org.civicgrid.casework.CaseReworked;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.CaseStatusChanged;
import org.civicgrid.casework.CaseSupervised;
import org.civicgrid.casework.SupervisionCard;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.time.TimeLimit;

/**
 * A case (案卷): one problem from its report to its rating. Every change goes through {@link #apply}, guarded by
 * the {@link Workflow} table and {@link RequiredInput}; each leaves a {@link HistoryEntry} and registers the
 * events other modules hear once the change is stored ({@link #domainEvents()}).
 */
final class CaseFile {

	private final CaseId id;
	private final String number;
	private final String categoryCode;
	private final TimeLimit timeLimit;
	private final String gridCode;
	private final String reporter;
	private final boolean handledOnTheSpot;
	private CaseStatus status;
	private final CaseClock clock = new CaseClock();
	private Assignee assignee;
	private int reworkCount;
	private int extensionCount;
	private Rating rating;
	private CaseId mergedInto;
	private final List<HistoryEntry> history = new ArrayList<>();
	private final List<CaseEvent> events = new ArrayList<>();

	private CaseFile(CaseId id, String number, ReportCase report, TimeLimit timeLimit, Actor reporter, Instant at,
			boolean onTheSpot) {
		this.id = Objects.requireNonNull(id, "id");
		this.number = number;
		this.categoryCode = Objects.requireNonNull(report.categoryCode(), "categoryCode");
		this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
		this.gridCode = Objects.requireNonNull(report.gridCode(), "gridCode");
		this.reporter = reporter.username();
		this.handledOnTheSpot = onTheSpot;
		this.status = CaseStatus.REPORTED;
		history.add(HistoryEntry.report(reporter, at, report.description(), report.photos()));
		events.add(new CaseReported(id, gridCode, categoryCode, onTheSpot, at, null));
	}

	private CaseFile(CaseState state, List<HistoryEntry> stored) {
		this.id = state.id();
		this.number = state.number();
		this.categoryCode = state.categoryCode();
		this.timeLimit = state.timeLimit();
		this.gridCode = state.gridCode();
		this.reporter = state.reporter();
		this.handledOnTheSpot = state.handledOnTheSpot();
		this.status = state.status();
		this.assignee = state.assignee();
		this.reworkCount = state.reworkCount();
		this.extensionCount = state.extensionCount();
		this.rating = state.rating();
		this.mergedInto = state.mergedInto();
		this.clock.restore(state.clockStarted(), state.clockStopped(), state.extensionRequested(),
				state.extensionsGranted());
		this.history.addAll(stored);
	}

	/** A stored case put back together, with no events pending. */
	static CaseFile restore(CaseState state, List<HistoryEntry> history) {
		return new CaseFile(state, history);
	}

	/** A problem found and recorded (信息收集), waiting to be verified. */
	static CaseFile report(CaseId id, String number, ReportCase report, TimeLimit timeLimit, Actor by, Instant at) {
		return new CaseFile(id, number, report, timeLimit, by, at, false);
	}

	/**
	 * A small matter the grid worker fixed at once (自处置, 小事不出网格): reported with the photos before, closed
	 * in the same step with the photos after; recorded like any case and open to a spot check.
	 * Who may do it is {@link OnTheSpotHandlingPolicy}'s business.
	 */
	static CaseFile handledOnTheSpot(CaseId id, String number, ReportCase report, TimeLimit timeLimit, Actor by,
			Instant at, String feedback, List<String> photosAfter) {
		CaseFile file = new CaseFile(id, number, report, timeLimit, by, at, true);
		file.assignee = Assignee.person(AssigneeLevel.GRID, file.gridCode, by.username());
		file.clock.start(at);
		file.clock.stop(at);
		// the trace tells it as it happened: reported (photos before), handled (note, photos after), closed
		file.change(CaseAction.HANDLE, CaseStatus.HANDLED, by, at, feedback, feedback, photosAfter);
		file.change(CaseAction.CLOSE, CaseStatus.CLOSED, by, at, null, null, List.of());
		file.events.add(new CaseClosed(id, file.gridCode, 0, true, at, null));
		return file;
	}

	/** Does {@code action}, or throws: {@link IllegalCaseActionException} (409), InvalidInputException (422). */
	void apply(CaseAction action, ActionInput input, Actor by, Instant at) {
		CaseStatus to = Workflow.next(status, action)
			.orElseThrow(() -> new IllegalCaseActionException(action, status, Workflow.allowedActions(status)));
		RequiredInput.check(this, action, input);
		switch (action) {
			case FILE -> events.add(new CaseFiled(id, gridCode, categoryCode, at, null));
			case DISMISS -> events.add(new CaseDismissed(id, gridCode, input.reason(), at, null));
			case DISPATCH -> {
				assignee = input.assignee();
				clock.start(at); // GB/T 30428: the handling clock starts at dispatch (again on resuming a deferral)
				events.add(new CaseDispatched(id, gridCode, assignee, at, null));
			}
			case REASSIGN -> {
				assignee = input.assignee();
				events.add(new CaseDispatched(id, gridCode, assignee, at, null));
			}
			case ESCALATE -> {
				events.add(new CaseEscalated(id, gridCode, assignee.level(), input.assignee().level(), at, null));
				assignee = input.assignee();
				events.add(new CaseDispatched(id, gridCode, assignee, at, null));
			}
			case RETURN -> {
				assignee = null;
				clock.reset();
			}
			case DEFER -> clock.reset();
			case HANDLE -> clock.stop(at);
			case CHECK_FAIL -> {
				reworkCount++;
				clock.resume();
				events.add(new CaseReworked(id, gridCode, reworkCount, at, null));
			}
			case CHECK_PASS, CLOSE -> events.add(new CaseClosed(id, gridCode, reworkCount, false, at, null));
			case REQUEST_EXTENSION -> clock.request(input.extension());
			case APPROVE_EXTENSION -> {
				if (!clock.grantRequested()) {
					throw new ConflictException("casework.no-extension-request");
				}
				extensionCount++;
			}
			case RATE -> {
				if (rating != null) {
					throw new ConflictException("casework.already-rated");
				}
				rating = new Rating(input.score(), input.note(), by.username(), at);
				events.add(new CaseRated(id, gridCode, input.score(), input.note(), at, null));
			}
			case MERGE -> {
				mergedInto = input.survivor();
				events.add(new CaseMerged(id, gridCode, mergedInto, at, null));
			}
			case SUPERVISE -> events.add(new CaseSupervised(id, gridCode, input.card(), at, null));
			case INSTRUCT -> events.add(new CaseInstructed(id, gridCode, at, null));
			case VERIFY, ACCEPT -> {
			}
		}
		change(action, to, by, at, noteOf(action, input), replyOf(action, input), input.photos());
	}

	private void change(CaseAction action, CaseStatus to, Actor by, Instant at, String note, String reply,
			List<String> photos) {
		CaseStatus from = status;
		status = to;
		history.add(new HistoryEntry(by.username(), by.role(), at, action, from, to, note, reply, photos));
		if (from != to) {
			events.add(new CaseStatusChanged(id, gridCode, action, from, to, at, null));
		}
	}

	/**
	 * The stage's time ran out (超时): a supervision notice (督办, red card) joins the trace and {@link CaseOverdue}
	 * is registered; the status stays. Written by the case's timer, not by a person.
	 */
	void markOverdue(Instant deadline, Actor by, Instant at, String note) {
		history.add(new HistoryEntry(by.username(), by.role(), at, CaseAction.SUPERVISE, status, status, note, null,
				List.of()));
		events.add(new CaseOverdue(id, gridCode, deadline, at, null));
		events.add(new CaseSupervised(id, gridCode, SupervisionCard.RED, at, null));
	}

	/** When the problem was reported: the first entry of the trace. */
	Instant reportedAt() {
		return history.get(0).at();
	}

	/**
	 * What the step tells the reporter (答复), kept apart from the note staff write for each other: the handler's
	 * feedback (处置反馈: what was done, with the photos after) and the reason a report is not taken up (the
	 * dismissal's reason, without its note). Every other step's words stay in the office: instructions, supervision,
	 * returns, extension reasons, the checker's and the dispatcher's notes.
	 */
	private static String replyOf(CaseAction action, ActionInput input) {
		return switch (action) {
			case HANDLE -> input.note();
			case DISMISS -> input.reason();
			default -> null;
		};
	}

	/** Who took the latest step: a person's username, or the timers' system actor. */
	String lastActor() {
		return history.get(history.size() - 1).who();
	}

	private static String noteOf(CaseAction action, ActionInput input) {
		if (action == CaseAction.REQUEST_EXTENSION) {
			return input.extension() + ": " + input.reason();
		}
		if (input.reason() == null) {
			return input.note();
		}
		return input.note() == null ? input.reason() : input.reason() + " / " + input.note();
	}

	/**
	 * What may be done now, whoever asks: the workflow's actions in this status, approving an extension only while
	 * one is asked for ({@link #apply} refuses it otherwise); {@link CaseActionPolicy} narrows it to one actor.
	 */
	Set<CaseAction> allowedActions() {
		Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
		allowed.addAll(Workflow.allowedActions(status));
		if (clock.requested() == null) {
			allowed.remove(CaseAction.APPROVE_EXTENSION);
		}
		return allowed;
	}

	/** Whether the workflow allows {@code action} now, whoever asks. */
	boolean allows(CaseAction action) {
		return Workflow.next(status, action).isPresent();
	}

	/** Reported and not yet verified: the 15 minutes to respond run (the respond stage). */
	boolean awaitsResponse() {
		return status.awaitsResponse();
	}

	/** Dismissed or merged: nothing more happens to it (a closed case may still be rated or spot-checked). */
	boolean isFinal() {
		return status.isFinal();
	}

	/** The events registered since the last {@link #clearEvents()}, in order. */
	List<CaseEvent> domainEvents() {
		return List.copyOf(events);
	}

	void clearEvents() {
		events.clear();
	}

	CaseId id() {
		return id;
	}

	String number() {
		return number;
	}

	String categoryCode() {
		return categoryCode;
	}

	TimeLimit timeLimit() {
		return timeLimit;
	}

	String gridCode() {
		return gridCode;
	}

	String reporter() {
		return reporter;
	}

	boolean handledOnTheSpot() {
		return handledOnTheSpot;
	}

	CaseStatus status() {
		return status;
	}

	Assignee assignee() {
		return assignee;
	}

	CaseClock clock() {
		return clock;
	}

	int reworkCount() {
		return reworkCount;
	}

	/** Extensions granted over the case's life, for the extension rate (延期率). */
	int extensionCount() {
		return extensionCount;
	}

	Rating rating() {
		return rating;
	}

	CaseId mergedInto() {
		return mergedInto;
	}

	List<HistoryEntry> history() {
		return List.copyOf(history);
	}
}
