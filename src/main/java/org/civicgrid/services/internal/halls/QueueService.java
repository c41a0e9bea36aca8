package org.civicgrid.services.internal.halls;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * The walk-in queue of a hall's day: a resident takes a number for an item on an open day and sees how many wait
 * before them and for how long ({@link WaitEstimate}); a counter's staff in scope call the next ticket it serves,
 * call it again, then mark it served or skipped ({@link QueueStep}); the hall's screen shows the numbers called.
 */
@Service
public class QueueService {

	private static final int TRIES = 50;
	private static final int SCREEN_LINES = 10;

	private final StoredQueue queue;
	private final StoredHalls halls;
	private final WorkingTimeCalendar calendar;
	private final Clock clock;

	QueueService(StoredQueue queue, StoredHalls halls, WorkingTimeCalendar calendar, Clock clock) {
		this.queue = queue;
		this.halls = halls;
		this.calendar = calendar;
		this.clock = clock;
	}

	public QueueTicket take(Caller caller, String hallCode, String item) {
		caller.requireRole(Role.RESIDENT);
		Hall hall = hall(hallCode);
		if (item == null || halls.counters(hallCode).stream().noneMatch(c -> c.serves(item))) {
			throw new InvalidInputException(List.of(FieldProblem.of("item", "services.hall.item-not-served",
					String.valueOf(item), hall.name())));
		}
		LocalDate today = today();
		if (halls.hours(hallCode).stateOn(today, calendar) != HallHours.DayState.OPEN) {
			throw ConflictException.on("hall", "services.queue.closed", hall.name());
		}
		for (int i = 0; i < TRIES; i++) {
			Optional<Long> id = queue.take(hallCode, today, item, caller.accountId(), caller.username(), clock.instant());
			if (id.isPresent()) {
				return estimated(queue.find(id.get()).orElseThrow());
			}
		}
		throw ConflictException.on("hall", "services.queue.busy");
	}

	/** The caller's tickets of today with their wait, a skipped one too (so they know to take another). */
	public List<QueueTicket> mine(Caller caller) {
		return queue.ofAccount(caller.accountId(), today()).stream().map(this::estimated).toList();
	}

	/** Every ticket of the hall's day in number order, for its staff in scope. */
	public List<QueueTicket> hallToday(Caller caller, String hallCode) {
		requireStaffOf(caller, hallCode);
		LocalDate today = today();
		Estimates estimates = estimates(hallCode, today);
		return queue.ofHallDay(hallCode, today).stream().map(t -> t.estimated(estimates.of(t.itemCode()))).toList();
	}

	/** Calls the next waiting ticket the counter serves; 409 when nobody waits for it. */
	public QueueTicket callNext(Caller caller, String hallCode, int counter) {
		Hall hall = requireStaffOf(caller, hallCode);
		if (halls.counters(hallCode).stream().noneMatch(c -> c.number() == counter)) {
			throw new NotFoundException("services.queue.no-counter", counter, hall.name());
		}
		long id = queue.callNext(hallCode, today(), counter, caller.username(), clock.instant())
			.orElseThrow(() -> ConflictException.on("counter", "services.queue.empty", counter));
		return estimated(queue.find(id).orElseThrow());
	}

	/** 重呼: calls a called ticket once more; the screen shows it on top again. */
	public QueueTicket recall(Caller caller, String hallCode, int number) {
		return step(caller, hallCode, number, QueueStep.RECALL);
	}

	/** 办结: the called resident was served. */
	public QueueTicket serve(Caller caller, String hallCode, int number) {
		return step(caller, hallCode, number, QueueStep.SERVE);
	}

	/** 过号: the called resident did not come. */
	public QueueTicket skip(Caller caller, String hallCode, int number) {
		return step(caller, hallCode, number, QueueStep.SKIP);
	}

	private QueueTicket step(Caller caller, String hallCode, int number, QueueStep step) {
		Hall hall = requireStaffOf(caller, hallCode);
		QueueTicket ticket = queue.find(hallCode, today(), number)
			.orElseThrow(() -> new NotFoundException("services.queue.not-found", number, hall.name()));
		if (ticket.state() != step.from() || !queue.move(ticket.id(), step, caller.username(), clock.instant())) {
			QueueState now = queue.find(ticket.id()).orElseThrow().state();
			// the state and the step in words (已办结, 过号), as the counter's page says them
			throw ConflictException.on("state", "services.queue.not-allowed", number,
					new DefaultMessageSourceResolvable(new String[] { "services.queue.state." + now.name() },
							now.name()),
					new DefaultMessageSourceResolvable(new String[] { "services.queue.step." + step.wire() },
							step.wire()));
		}
		return estimated(queue.find(ticket.id()).orElseThrow());
	}

	/** The latest numbers called today, for the hall's screen. */
	public List<CalledNumber> called(String hallCode) {
		hall(hallCode);
		return queue.called(hallCode, today(), SCREEN_LINES);
	}

	/** How many wait today, in all and per item, for the hall's screen. */
	public QueueWaiting waiting(String hallCode) {
		hall(hallCode);
		Map<String, Integer> byItem = queue.waiting(hallCode, today());
		return new QueueWaiting(hallCode, byItem.values().stream().mapToInt(Integer::intValue).sum(), byItem);
	}

	/** For a number taken now: how many wait for the item before it and the estimate. */
	public record Outlook(int waiting, int waitMinutes) {
	}

	/** The outlook of a number taken now for each item the hall's counters serve, by item code. */
	public Map<String, Outlook> outlook(String hallCode) {
		hall(hallCode);
		LocalDate today = today();
		Map<String, Integer> waiting = queue.waiting(hallCode, today);
		Estimates estimates = estimates(hallCode, today);
		Map<String, Outlook> outlook = new LinkedHashMap<>();
		estimates.counters().stream().flatMap(c -> c.items().stream()).distinct().forEach(item -> {
			int ahead = waiting.getOrDefault(item, 0);
			outlook.put(item, new Outlook(ahead, estimates.of(item).minutes(ahead)));
		});
		return outlook;
	}

	private QueueTicket estimated(QueueTicket ticket) {
		return ticket.estimated(estimates(ticket.hallCode(), ticket.date()).of(ticket.itemCode()));
	}

	/** The day's median service times of a hall and its counters, from which each item's estimate is made. */
	private Estimates estimates(String hallCode, LocalDate day) {
		return new Estimates(queue.medianServiceTimes(hallCode, day), halls.counters(hallCode));
	}

	private record Estimates(Map<String, Duration> medians, List<HallCounter> counters) {

		WaitEstimate of(String item) {
			return new WaitEstimate(medians.get(item), (int) counters.stream().filter(c -> c.serves(item)).count());
		}
	}

	private Hall hall(String hallCode) {
		return halls.hall(hallCode).orElseThrow(() -> new NotFoundException("services.hall.not-found", hallCode));
	}

	private Hall requireStaffOf(Caller caller, String hallCode) {
		if (!caller.role().isStaff()) {
			throw new NotPermittedException();
		}
		Hall hall = hall(hallCode);
		caller.scope().require(hall.regionCode());
		return hall;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(calendar.zone()));
	}
}
