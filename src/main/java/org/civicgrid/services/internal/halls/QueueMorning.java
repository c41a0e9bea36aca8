package org.civicgrid.services.internal.halls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.civicgrid.services.ServiceQueues;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A morning of the queue written at once: per counter the served tickets one after another (four to nine minutes
 * each), the one called now and the ones waiting, numbered in the order they were taken, so each counter's called
 * ticket comes before its waiting ones as calling the next would have made it.
 */
@Service
class QueueMorning implements ServiceQueues {

	private static final String BY = "demo";

	private final StoredQueue queue;
	private final StoredHalls halls;
	private final WorkingTimeCalendar calendar;
	private final Clock clock;

	QueueMorning(StoredQueue queue, StoredHalls halls, WorkingTimeCalendar calendar, Clock clock) {
		this.queue = queue;
		this.halls = halls;
		this.calendar = calendar;
		this.clock = clock;
	}

	private record Planned(String item, QueueState state, Integer counter, Instant takenAt, Instant calledAt,
			Instant finishedAt) {
	}

	@Override
	@Transactional
	public int startToday(String hallCode, int served, int waiting) {
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		if (halls.hall(hallCode).isEmpty() || halls.hours(hallCode).stateOn(today, calendar) != HallHours.DayState.OPEN
				|| queue.anyOn(hallCode, today)) {
			return 0;
		}
		Instant now = clock.instant();
		List<Planned> planned = new ArrayList<>();
		List<HallCounter> counters = halls.counters(hallCode).stream().filter(c -> !c.items().isEmpty()).toList();
		for (int i = 0; i < counters.size(); i++) {
			HallCounter counter = counters.get(i);
			List<String> items = counter.items();
			Instant calledNow = now.minus(Duration.ofMinutes(2 + i));
			planned.add(new Planned(items.get(i % items.size()), QueueState.CALLED, counter.number(),
					calledNow.minus(Duration.ofMinutes(15)), calledNow, null));
			Instant before = calledNow;
			for (int k = 1; k <= served; k++) {
				Instant finished = before.minus(Duration.ofMinutes(1));
				Instant called = finished.minus(Duration.ofMinutes(4 + (3 * k + i) % 6));
				planned.add(new Planned(items.get((i + k) % items.size()), QueueState.SERVED, counter.number(),
						called.minus(Duration.ofMinutes(12 + 2 * k)), called, finished));
				before = called;
			}
			for (int w = 1; w <= waiting; w++) {
				planned.add(new Planned(items.get((i + w) % items.size()), QueueState.WAITING, null,
						now.minus(Duration.ofMinutes(3L * (waiting - w + 1))).minusSeconds(20L * i), null, null));
			}
		}
		planned.sort(Comparator.comparing(Planned::takenAt));
		List<StoredQueue.Written> tickets = new ArrayList<>();
		for (int n = 0; n < planned.size(); n++) {
			Planned p = planned.get(n);
			tickets.add(new StoredQueue.Written(n + 1, p.item(), p.state(), p.counter(), p.takenAt(), p.calledAt(),
					p.finishedAt()));
		}
		return queue.write(hallCode, today, tickets, BY);
	}
}
