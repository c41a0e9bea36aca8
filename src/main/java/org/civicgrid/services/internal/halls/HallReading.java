package org.civicgrid.services.internal.halls;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.civicgrid.services.HallAbsence;
import org.civicgrid.services.HallSetup;
import org.civicgrid.services.ServiceHalls;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The halls as residents and staff read them: every hall with its counters, and one day's 30-minute slots of a hall
 * for an item with the places still free. Anyone may read them; the counters' staff usernames are not part of it.
 */
@Service
@Transactional(readOnly = true)
public class HallReading implements ServiceHalls {

	private final StoredHalls halls;
	private final StoredBookings bookings;
	private final StoredAbsences absences;
	private final WorkingTimeCalendar calendar;
	private final Clock clock;

	HallReading(StoredHalls halls, StoredBookings bookings, StoredAbsences absences, WorkingTimeCalendar calendar,
			Clock clock) {
		this.halls = halls;
		this.bookings = bookings;
		this.absences = absences;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** A hall with its counters. */
	public record HallView(Hall hall, List<HallCounter> counters) {
	}

	/** A slot of a day: its start and end, how many people it takes for the item, how many places are free. */
	public record Slot(LocalTime start, LocalTime end, int capacity, int free, boolean past) {
	}

	/** A hall's day for an item: whether it is open (or why not) and its slots. */
	public record HallDay(String hall, String item, LocalDate date, HallHours.DayState state, List<HallPeriod> periods,
			List<Slot> slots) {
	}

	public List<HallView> all() {
		return halls.all().stream().map(h -> new HallView(h, halls.counters(h.code()))).toList();
	}

	/** The halls with a counter serving the item, as residents choose among them. */
	public List<HallView> serving(String itemCode) {
		List<String> codes = halls.hallsServing(itemCode);
		return all().stream().filter(v -> codes.contains(v.hall().code())).toList();
	}

	public HallView hall(String code) {
		Hall hall = halls.hall(code).orElseThrow(() -> new NotFoundException("services.hall.not-found", code));
		return new HallView(hall, halls.counters(code));
	}

	public HallHours hours(String code) {
		return halls.hours(code);
	}

	/** The day's slots; an item no counter of the hall serves is refused naming the parameter {@code item}. */
	public HallDay day(String code, String item, LocalDate date) {
		HallView view = hall(code);
		if (view.counters().stream().noneMatch(c -> c.serves(item))) {
			throw InvalidInputException.of("item", "services.hall.item-not-served", item, view.hall().name());
		}
		HallHours hours = halls.hours(code);
		int capacity = bookings.capacity(code, item);
		Map<LocalTime, Integer> free = bookings.free(code, item, date);
		LocalDateTime now = LocalDateTime.now(clock.withZone(calendar.zone()));
		List<Slot> slots = hours.slotsOn(date, calendar).stream()
			.map(s -> new Slot(s, s.plusMinutes(HallHours.SLOT_MINUTES), capacity, free.getOrDefault(s, capacity),
					!date.atTime(s).isAfter(now)))
			.toList();
		return new HallDay(code, item, date, hours.stateOn(date, calendar), hours.periodsOn(date, calendar), slots);
	}

	@Override
	@Transactional
	public int addMissing(List<HallSetup> setups) {
		int added = 0;
		for (HallSetup setup : setups) {
			HallLevel.valueOf(setup.level());
			if (halls.insert(setup)) {
				added++;
			}
		}
		return added;
	}

	@Override
	@Transactional
	public int staffUnstaffed(List<HallSetup> setups) {
		int staffed = 0;
		for (HallSetup setup : setups) {
			for (HallSetup.Counter c : setup.counters()) {
				if ((c.staffA() != null || c.staffB() != null)
						&& halls.staffIfUnstaffed(setup.code(), c.number(), c.staffA(), c.staffB())) {
					staffed++;
				}
			}
		}
		return staffed;
	}

	@Override
	@Transactional
	public int addAbsences(List<HallAbsence> list) {
		int added = 0;
		for (HallAbsence a : list) {
			if (absences.add(a.hallCode(), a.username(), a.day(), a.reason() == null ? "" : a.reason(), "system",
					clock.instant())) {
				added++;
			}
		}
		return added;
	}

	@Override
	public long hallCount() {
		return halls.count();
	}
}
