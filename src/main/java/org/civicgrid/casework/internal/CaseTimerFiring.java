package org.civicgrid.casework.internal;

import java.time.Instant;
import java.util.Optional;

import org.civicgrid.casework.Assignee;
import org.civicgrid.casework.CaseAction;
import org.civicgrid.casework.Category;
import org.civicgrid.casework.Colour;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.time.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a case timer does when it fires, in one transaction: nothing if its stage has ended (the case moved on) or
 * the colour is already reached (a repeated firing after a crash); otherwise the case turns yellow and gets its red
 * timer, or turns red: a supervision notice (督办) in the trace, {@code CaseOverdue}, and, where the category's
 * policy says so, escalation one level up ({@link EscalationPolicy}).
 */
@Component
class CaseTimerFiring {

	/** What a firing did. */
	enum Outcome {
		CHANGED, STALE, ALREADY_DONE
	}

	/** The timer acts in the trace as the system, with a supervisor's standing. */
	static final Actor TIMER = new Actor("system", Role.SUPERVISOR, RegionScope.NONE, null);

	private static final Logger log = LoggerFactory.getLogger(CaseTimerFiring.class);


	private final Cases cases;
	private final CaseStages stages;
	private final CaseTimers timers;
	private final EscalationPolicy escalation;
	private final Catalog catalog;
	private final CaseEvents events;
	private final Times times;

	CaseTimerFiring(Cases cases, CaseStages stages, CaseTimers timers,
			EscalationPolicy escalation, Catalog catalog, CaseEvents events, Times times) {
		this.cases = cases;
		this.stages = stages;
		this.timers = timers;
		this.escalation = escalation;
		this.catalog = catalog;
		this.events = events;
		this.times = times;
	}

	@Transactional
	Outcome fire(String instanceId, Instant now) {
		CaseTimer timer = CaseTimer.parse(instanceId);
		Optional<StoredCase> found = cases.find(timer.caseId());
		if (found.isEmpty()) {
			return Outcome.STALE;
		}
		StoredCase stored = found.get();
		CaseFile file = stored.file();
		Optional<CaseStage> current = stages.current(file);
		if (current.isEmpty() || !current.get().key().equals(timer.stageKey())) {
			return Outcome.STALE;
		}
		CaseStage stage = current.get();
		Colour reached = stored.colour();
		if (reached != null && reached.ordinal() >= timer.colour().ordinal()) {
			timers.scheduleAfter(file.id(), stage, reached);
			return Outcome.ALREADY_DONE;
		}
		if (timer.colour() == Colour.RED) {
			overdue(file, stage, now);
		}
		cases.save(stored, stages.deadline(file).orElse(null), stages.yellowFrom(file).orElse(null),
				timer.colour());
		timers.scheduleAfter(file.id(), stage, timer.colour());
		events.publish(stored);
		return Outcome.CHANGED;
	}

	private void overdue(CaseFile file, CaseStage stage, Instant now) {
		String due = times.minute(stage.deadline());
		boolean responding = CaseStage.RESPOND.equals(stage.key());
		file.markOverdue(stage.deadline(), TIMER, now,
				(responding ? "超时督办：上报未在响应时限内核实，期限 " : "超时督办：处置期限已过，期限 ") + due);
		if (responding || !escalation.escalatesWhenOverdue(file.categoryCode())
				|| !file.allows(CaseAction.ESCALATE)) {
			return;
		}
		String department = catalog.find(file.categoryCode()).map(Category::responsibleUnit).orElse(null);
		try {
			Optional<Assignee> next = escalation.escalate(file, department);
			if (next.isPresent()) {
				file.apply(CaseAction.ESCALATE, ActionInput.to(next.get()).withNote("超时自动上报"), TIMER, now);
			}
		}
		catch (InvalidInputException | IllegalArgumentException e) {
			// no unit to rise to (a category without a responsible department): the notice stands alone
			log.warn("Overdue case {} could not be escalated: {}", file.number(), e.getMessage());
		}
	}
}
