package org.civicgrid.inbox.internal;

import static org.civicgrid.inbox.internal.Notice.term;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.CaseDispatched;
import org.civicgrid.casework.CaseEscalated;
import org.civicgrid.casework.CaseEvent;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.CaseInstructed;
import org.civicgrid.casework.CaseOverdue;
import org.civicgrid.casework.CaseParties;
import org.civicgrid.casework.CaseRated;
import org.civicgrid.casework.CaseReported;
import org.civicgrid.casework.CaseStatusChanged;
import org.civicgrid.casework.CaseSupervised;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every step of a case tells its reporter and whoever answers for it (the "every state change notifies the
 * reporter and the assignee"), one message per person and step. Which event speaks for a step:
 * <ul>
 * <li>{@link CaseStatusChanged} for every change of status, to the reporter and the assignee; except that the new
 * assignee of a dispatch, reassignment or escalation hears it from {@link CaseDispatched} ("assigned to you"), and
 * the reporter hears of an escalation from {@link CaseEscalated};</li>
 * <li>while nobody is assigned, the street's dispatch desk hears of new reports, verified reports and returns;</li>
 * <li>steps that keep the status (supervise, instruct, rate, overdue) go to the assignee, or the desk.</li>
 * </ul>
 * Listeners run inside the step's transaction, so a step and its messages are written together or not at all: no
 * committed step without its messages, and no message of a step that was rolled back. (Channels that call other
 * systems, such as SMS, belong after the commit, on {@link org.civicgrid.inbox.MessageDelivered} through the event
 * publication registry.) Each event carries who the case concerns after the step ({@link CaseEvent#parties()}): nothing here calls back
 * into casework.
 */
@Component
class CaseNotifications {

	private static final Set<CaseAction> NEW_ASSIGNEE_HEARS_FROM_DISPATCH = Set.of(CaseAction.DISPATCH,
			CaseAction.REASSIGN, CaseAction.ESCALATE);

	private static final Set<CaseAction> DESK_HEARS = Set.of(CaseAction.VERIFY, CaseAction.RETURN);

	private final Recipients recipients;
	private final InboxService inbox;

	CaseNotifications(Recipients recipients, InboxService inbox) {
		this.recipients = recipients;
		this.inbox = inbox;
	}

	@EventListener
	void on(CaseReported event) {
		if (event.onTheSpot()) {
			return; // reported and closed in one step by the one who reads it: the close speaks for it
		}
		parties(event, parties -> {
			inbox.deliver(notice(parties, event.at(), "reported", "inbox.case.reported"), recipients.reporter(parties));
			List<Long> desk = new ArrayList<>(recipients.of(parties.desk()));
			desk.removeAll(recipients.reporter(parties)); // a dispatcher taking a hotline call reported it
			inbox.deliver(notice(parties, event.at(), "reported-desk", "inbox.case.reported-desk", parties.gridCode()),
					desk);
		});
	}

	@EventListener
	void on(CaseStatusChanged event) {
		parties(event, parties -> {
			String step = "step-" + event.action().wire();
			if (event.action() == CaseAction.MERGE && parties.survivorNumber() != null) {
				inbox.deliver(notice(parties, event.at(), step, "inbox.case.merged", parties.survivorNumber()),
						recipients.reporter(parties));
			}
			else if (event.action() != CaseAction.ESCALATE) {
				inbox.deliver(changed(parties, event, step), recipients.reporter(parties));
			}
			if (parties.assignee() != null && !NEW_ASSIGNEE_HEARS_FROM_DISPATCH.contains(event.action())) {
				inbox.deliver(changed(parties, event, step), recipients.of(parties.assignee()));
			}
			if (parties.assignee() == null && DESK_HEARS.contains(event.action())) {
				inbox.deliver(changed(parties, event, step), recipients.of(parties.desk()));
			}
		});
	}

	@EventListener
	void on(CaseDispatched event) {
		parties(event, parties -> {
			String to = event.assignee().isPerson() ? event.assignee().username() : event.assignee().unitCode();
			inbox.deliver(notice(parties, event.at(), "dispatched", "inbox.case.dispatched",
					term("casework.level." + event.assignee().level()), to),
					recipients.of(parties.assignee()));
		});
	}

	@EventListener
	void on(CaseEscalated event) {
		parties(event, parties -> inbox.deliver(notice(parties, event.at(), "escalated",
				"inbox.case.escalated", term("casework.level." + event.from()), term("casework.level." + event.to())),
				recipients.reporter(parties)));
	}

	@EventListener
	void on(CaseSupervised event) {
		parties(event, parties -> inbox.deliver(notice(parties, event.at(), "supervised",
				"inbox.case.supervised", term("casework.card." + event.card())), recipients.assigneeOrDesk(parties)));
	}

	@EventListener
	void on(CaseInstructed event) {
		parties(event, parties -> inbox.deliver(notice(parties, event.at(), "instructed",
				"inbox.case.instructed"), recipients.assigneeOrDesk(parties)));
	}

	@EventListener
	void on(CaseRated event) {
		parties(event, parties -> inbox.deliver(notice(parties, event.at(), "rated",
				"inbox.case.rated", String.valueOf(event.score())), recipients.assigneeOrDesk(parties)));
	}

	@EventListener
	void on(CaseOverdue event) {
		parties(event, parties -> inbox.deliver(notice(parties, event.at(),
				"overdue-" + event.deadline(), "inbox.case.overdue"), recipients.assigneeOrDesk(parties)));
	}

	/** Who the case concerns after the step, as the event carries it. */
	private static void parties(CaseEvent event, Consumer<CaseParties> tell) {
		tell.accept(event.parties());
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
