package org.civicgrid.services.internal.halls;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.springframework.stereotype.Service;

/**
 * The walk-in queue of a hall's day: a resident takes a number for an item on an open day and sees how many wait
 * before them; a counter's staff in scope call the next ticket it serves; the hall's screen shows the numbers called.
 * The estimate is ten minutes for each ticket ahead.
 */
@Service
public class QueueService {

	private static final int TRIES = 50;
	private static final int MINUTES_EACH = 10;

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
		Hall hall = halls.hall(hallCode).orElseThrow(() -> new NotFoundException("services.hall.not-found", hallCode));
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
				return queue.find(id.get(), MINUTES_EACH).orElseThrow();
			}
		}
		throw ConflictException.on("hall", "services.queue.busy");
	}

	public List<QueueTicket> mine(Caller caller) {
		return queue.ofAccount(caller.accountId(), today(), MINUTES_EACH);
	}

	/** Calls the next waiting ticket the counter serves; 409 when nobody waits for it. */
	public QueueTicket callNext(Caller caller, String hallCode, int counter) {
		if (!caller.role().isStaff()) {
			throw new NotPermittedException();
		}
		Hall hall = halls.hall(hallCode).orElseThrow(() -> new NotFoundException("services.hall.not-found", hallCode));
		caller.scope().require(hall.regionCode());
		if (halls.counters(hallCode).stream().noneMatch(c -> c.number() == counter)) {
			throw new NotFoundException("services.queue.no-counter", counter, hall.name());
		}
		long id = queue.callNext(hallCode, today(), counter, caller.username(), clock.instant())
			.orElseThrow(() -> ConflictException.on("counter", "services.queue.empty", counter));
		return queue.find(id, MINUTES_EACH).orElseThrow();
	}

	/** The latest numbers called today, for the hall's screen. */
	public List<QueueTicket> called(String hallCode) {
		halls.hall(hallCode).orElseThrow(() -> new NotFoundException("services.hall.not-found", hallCode));
		return queue.called(hallCode, today(), 10);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(calendar.zone()));
	}
}
