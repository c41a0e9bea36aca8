package org.civicgrid.inbox.internal;

import static org.civicgrid.inbox.internal.Notice.term;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.civicgrid.casework.CaseDispatched;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.CaseInstructed;
import org.civicgrid.casework.CaseOverdue;
import org.civicgrid.casework.CaseParties;
import org.civicgrid.casework.CaseRated;
import org.civicgrid.casework.CaseReported;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.CaseStatusChanged;
import org.civicgrid.casework.CaseSupervised;
import org.civicgrid.casework.PublicStep;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of each step of a case, by role: the rule written as a table in {@code docs/inbox.md} ("Who hears
 * what"), one listener per event, each naming its {@link Audience}. Two rules hold for every row:
 * <ul>
 * <li>nobody is told of their own action ({@link Recipients} leaves the step's actor out);</li>
 * <li>the reporter hears only the steps they can follow, the case's {@link PublicStep} moving on to accepted,
 * completed, not accepted or merged, the same steps their case page shows; never the stages inside the office
 * (verify, dispatch, accept, report back, escalate). A case that goes round the loop tells its reporter twice.</li>
 * </ul>
 * Listeners run inside the step's transaction, so a step and its messages are written together or not at all: no
 * committed step without its messages, and no message of a step that was rolled back. (Channels that call other
 * systems, such as SMS, belong after the commit, on {@link org.civicgrid.inbox.MessageDelivered} through the event
 * publication registry.) Each event carries who the case concerns after the step ({@link CaseParties}): nothing
 * here calls back into casework.
 */
@Component
class CaseNotifications {

	/** The public steps a reporter is told of; submitted is their own doing and in handling says nothing new. */
	private static final Set<PublicStep> REPORTER_HEARS = EnumSet.of(PublicStep.ACCEPTED, PublicStep.COMPLETED,
			PublicStep.NOT_ACCEPTED, PublicStep.MERGED);

	private final Recipients recipients;
	private final InboxService inbox;

	CaseNotifications(Recipients recipients, InboxService inbox) {
		this.recipients = recipients;
		this.inbox = inbox;
	}

	@EventListener
	void on(CaseReported event) {
		if (event.onTheSpot()) {
			return; // reported and closed in one step by the one who would read it
		}
		CaseParties parties = event.parties();
		tell(parties, Audience.DESK,
				notice(parties, event.at(), "reported-desk", "inbox.case.reported-desk", parties.gridCode()));
	}

	@EventListener
	void on(CaseStatusChanged event) {
		CaseParties parties = event.parties();
		String step = "step-" + event.action().wire();
		PublicStep now = PublicStep.of(event.to());
		// forward only: a case handed back to the desk is not accepted a second time, nor a reopened one completed
		if (now.compareTo(PublicStep.of(event.from())) > 0 && REPORTER_HEARS.contains(now)) {
			tell(parties, Audience.REPORTER, now == PublicStep.MERGED && parties.survivorNumber() != null
					? notice(parties, event.at(), step, "inbox.case.merged", parties.survivorNumber())
					: notice(parties, event.at(), step, "inbox.case.step." + now));
		}
		switch (event.action()) {
			// the desk takes up what nobody is assigned to: a verified report to file, a case handed back
			case VERIFY, RETURN -> tell(parties, Audience.DESK, changed(parties, event, step));
			// 待核查: the handler reported back; whoever may check it hears, unless it closed in the same step
			case HANDLE -> {
				if (parties.status() == CaseStatus.HANDLED) {
					tell(parties, Audience.CHECKERS,
							notice(parties, event.at(), step, "inbox.case.to-check", parties.gridCode()));
				}
			}
			// what others decide about the assignee's work
			case CHECK_PASS, CLOSE, CHECK_FAIL, DEFER, MERGE -> tell(parties, Audience.ASSIGNEE,
					changed(parties, event, step));
			// the new assignee hears these from CaseDispatched; the reporter of a filing or dismissal above
			case DISPATCH, REASSIGN, ESCALATE, FILE, DISMISS -> {
			}
			// the assignee's own steps: nobody else needs to act on them
			case ACCEPT, REQUEST_EXTENSION -> {
			}
			// these keep the status and have events of their own (or none)
			case INSTRUCT, SUPERVISE, RATE, APPROVE_EXTENSION -> {
			}
		}
	}

	@EventListener
	void on(CaseDispatched event) {
		CaseParties parties = event.parties();
		String to = event.assignee().isPerson() ? event.assignee().username() : event.assignee().unitCode();
		tell(parties, Audience.ASSIGNEE, notice(parties, event.at(), "dispatched", "inbox.case.dispatched",
				term("casework.level." + event.assignee().level()), to));
	}

	@EventListener
	void on(CaseSupervised event) {
		CaseParties parties = event.parties();
		tell(parties, Audience.ASSIGNEE_OR_DESK, notice(parties, event.at(), "supervised", "inbox.case.supervised",
				term("casework.card." + event.card())));
	}

	@EventListener
	void on(CaseInstructed event) {
		CaseParties parties = event.parties();
		tell(parties, Audience.ASSIGNEE_OR_DESK,
				notice(parties, event.at(), "instructed", "inbox.case.instructed"));
	}

	@EventListener
	void on(CaseRated event) {
		CaseParties parties = event.parties();
		tell(parties, Audience.ASSIGNEE_OR_DESK,
				notice(parties, event.at(), "rated", "inbox.case.rated", String.valueOf(event.score())));
	}

	@EventListener
	void on(CaseOverdue event) {
		CaseParties parties = event.parties();
		tell(parties, Audience.ASSIGNEE_OR_DESK,
				notice(parties, event.at(), "overdue-" + event.deadline(), "inbox.case.overdue"));
	}

	private void tell(CaseParties parties, Audience audience, Notice notice) {
		inbox.deliver(notice, recipients.hearing(parties, audience));
	}

	private static Notice changed(CaseParties parties, CaseStatusChanged event, String step) {
		return notice(parties, event.at(), step, "inbox.case.changed", term("casework.action." + event.action().wire()),
				term("casework.status." + event.to()));
	}

	/**
	 * The case number is always the first argument; the message is dated at the step (listeners run in parallel,
	 * so delivery order is not step order). The step and its instant make it arrive once; an overdue notice once
	 * per deadline, however often the timer says so.
	 */
	private static Notice notice(CaseParties parties, Instant at, String step, String key, String... args) {
		CaseId id = parties.id();
		List<String> all = new ArrayList<>();
		all.add(parties.number());
		all.addAll(List.of(args));
		String once = step.startsWith("overdue-") ? id.value() + ":" + step : id.value() + ":" + step + ":" + at;
		return new Notice(id.value(), parties.number(), parties.gridCode(), key, all, once, at);
	}
}
