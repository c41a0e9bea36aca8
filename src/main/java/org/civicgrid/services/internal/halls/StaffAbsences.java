package org.civicgrid.services.internal.halls;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The days a counter's A or B staff member is away from a hall (leave, training), recorded by the hall's managers
 * ({@link HallAccess}) from today on, up to 31 days at a time; {@link DutyRoster} reads them to put B on duty.
 */
@Service
@Transactional
public class StaffAbsences {

	static final int MAX_DAYS = 31;
	private static final int MAX_REASON = 200;

	private final HallAccess access;
	private final StoredHalls halls;
	private final StoredAbsences absences;
	private final WorkingTimeCalendar calendar;
	private final Clock clock;

	StaffAbsences(HallAccess access, StoredHalls halls, StoredAbsences absences, WorkingTimeCalendar calendar,
			Clock clock) {
		this.access = access;
		this.halls = halls;
		this.absences = absences;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Records the days; a day recorded already is kept as it is. Answers the person's absences of those days. */
	public List<CounterAbsence> add(Caller caller, String code, AbsenceInput in) {
		Hall hall = access.managed(caller, code);
		List<FieldProblem> problems = new ArrayList<>();
		String username = in.username() == null ? "" : in.username().strip();
		String staff = halls.setups(code).stream().flatMap(c -> Stream.of(c.staffA(), c.staffB()))
			.filter(u -> u != null && u.equalsIgnoreCase(username)).findFirst().orElse(null);
		if (username.isEmpty()) {
			problems.add(FieldProblem.of("username", "validation.required"));
		}
		else if (staff == null) {
			problems.add(FieldProblem.of("username", "services.absence.not-staff", username, hall.name()));
		}
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		LocalDate to = in.to() == null ? in.from() : in.to();
		if (in.from() == null) {
			problems.add(FieldProblem.of("from", "validation.required"));
		}
		else if (in.from().isBefore(today)) {
			problems.add(FieldProblem.of("from", "services.absence.past", in.from()));
		}
		else if (to.isBefore(in.from())) {
			problems.add(FieldProblem.of("to", "services.absence.to-before-from", in.from(), to));
		}
		else if (in.from().plusDays(MAX_DAYS - 1).isBefore(to)) {
			problems.add(FieldProblem.of("to", "services.absence.too-long", MAX_DAYS));
		}
		String reason = in.reason() == null ? "" : in.reason().strip();
		if (reason.length() > MAX_REASON) {
			problems.add(FieldProblem.of("reason", "validation.too-long", MAX_REASON));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		for (LocalDate d = in.from(); !d.isAfter(to); d = d.plusDays(1)) {
			absences.add(code, staff, d, reason, caller.username(), clock.instant());
		}
		return absences.from(code, in.from()).stream()
			.filter(a -> a.username().equals(staff) && !a.day().isAfter(to)).toList();
	}

	public void remove(Caller caller, String code, String username, LocalDate day) {
		Hall hall = access.managed(caller, code);
		if (!absences.remove(code, username, day)) {
			throw new NotFoundException("services.absence.not-found", username, day, hall.name());
		}
	}
}
