package org.civicgrid.services.internal.halls;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.civicgrid.identity.AccountDirectory;
import org.civicgrid.identity.StaffAccount;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting halls up ({@link HallAccess} says who): opening a hall, its name and address, its counters with A and B
 * staff ({@link CounterRules}), its week with the 8+4 days ({@link WeeklyHoursRules}) and its closures. Every
 * refusal names its field: 422 for what cannot be, 409 for a clash with what is there (a number or day taken, live
 * bookings a change would strand: {@link LiveBookingGuard}), 403 for a role or a hall out of scope.
 */
@Service
@Transactional
public class HallAdministration {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,29}");
	private static final int MAX_NAME = 80;
	private static final int MAX_TEXT = 200;

	private final HallAccess access;
	private final StoredHalls halls;
	private final StoredAbsences absences;
	private final CounterRules counterRules;
	private final WeeklyHoursRules hoursRules;
	private final LiveBookingGuard guard;
	private final Regions regions;
	private final AccountDirectory accounts;
	private final WorkingTimeCalendar calendar;
	private final Clock clock;

	HallAdministration(HallAccess access, StoredHalls halls, StoredAbsences absences, CounterRules counterRules,
			WeeklyHoursRules hoursRules, LiveBookingGuard guard, Regions regions, AccountDirectory accounts,
			WorkingTimeCalendar calendar, Clock clock) {
		this.accounts = accounts;
		this.access = access;
		this.halls = halls;
		this.absences = absences;
		this.counterRules = counterRules;
		this.hoursRules = hoursRules;
		this.guard = guard;
		this.regions = regions;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Whether the caller may open halls (and edit a hall's name and address in scope). */
	public boolean mayOpen(Caller caller) {
		return access.mayOpen(caller);
	}

	/** Whether the caller may edit the hall's counters, hours, closures and absences. */
	public boolean mayManage(Caller caller, Hall hall) {
		return access.mayManage(caller, hall);
	}

	public Hall create(Caller caller, HallInput in) {
		access.requireOpener(caller);
		List<FieldProblem> problems = new ArrayList<>();
		String code = in.code() == null ? "" : in.code().strip();
		if (code.isEmpty()) {
			problems.add(FieldProblem.of("code", "validation.required"));
		}
		else if (!CODE.matcher(code).matches()) {
			problems.add(FieldProblem.of("code", "services.hall.code-format"));
		}
		HallLevel level = null;
		if (in.level() == null || in.level().isBlank()) {
			problems.add(FieldProblem.of("level", "validation.required"));
		}
		else if ((level = HallLevel.parse(in.level().strip())) == null) {
			problems.add(FieldProblem.of("level", "services.hall.level-unknown", in.level()));
		}
		String region = in.regionCode() == null ? "" : in.regionCode().strip();
		RegionCode regionCode = RegionCode.parse(region).orElse(null);
		if (region.isEmpty()) {
			problems.add(FieldProblem.of("regionCode", "validation.required"));
		}
		else if (regionCode == null) {
			problems.add(FieldProblem.of("regionCode", "services.hall.region-format", region));
		}
		else if (level != null && regionCode.level() != level.serves()) {
			problems.add(FieldProblem.of("regionCode", "services.hall.region-level", region, level.ordinal()));
		}
		else if (!regions.exists(regionCode)) {
			problems.add(FieldProblem.of("regionCode", "services.hall.region-unknown", region));
		}
		String name = named(in, problems);
		String address = address(in, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		caller.scope().require(region);
		Hall hall = new Hall(code, name, level, region, address);
		if (!halls.insertHall(hall)) {
			throw ConflictException.on("code", "services.hall.code-taken", code);
		}
		return hall;
	}

	/** Changes the hall's name and address; its code, level and region stay (its bookings belong there). */
	public Hall update(Caller caller, String code, HallInput in) {
		Hall hall = access.opened(caller, code);
		List<FieldProblem> problems = new ArrayList<>();
		if (in.level() != null && !in.level().isBlank() && !in.level().strip().equals(hall.level().name())) {
			problems.add(FieldProblem.of("level", "services.hall.fixed"));
		}
		if (in.regionCode() != null && !in.regionCode().isBlank() && !in.regionCode().strip().equals(hall.regionCode())) {
			problems.add(FieldProblem.of("regionCode", "services.hall.fixed"));
		}
		String name = named(in, problems);
		String address = address(in, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		halls.renameHall(code, name, address);
		return halls.hall(code).orElseThrow();
	}

	/** Everything the caller may edit of a hall in their scope. */
	@Transactional(readOnly = true)
	public HallSetupView setup(Caller caller, String code) {
		Hall hall = access.managed(caller, code);
		HallHours hours = halls.hours(code);
		List<HoursInput.Period> periods = new ArrayList<>();
		hours.weekly().forEach((day, list) -> list.forEach(p -> periods.add(new HoursInput.Period(day.getValue(),
				p.opens(), p.closes()))));
		periods.sort(Comparator.comparing(HoursInput.Period::weekday).thenComparing(HoursInput.Period::opens));
		List<Integer> extended = hours.extended().stream().map(DayOfWeek::getValue).sorted().toList();
		LocalDate today = today();
		return new HallSetupView(hall, halls.setups(code), periods, extended, halls.closures(code, today),
				absences.from(code, today));
	}

	/**
	 * The staff accounts a manager may name as a counter's A or B: those working in the hall's street, in any of
	 * its communities and grids, or above it, by unit and username.
	 */
	@Transactional(readOnly = true)
	public List<StaffAccount> staffCandidates(Caller caller, String code) {
		Hall hall = access.managed(caller, code);
		RegionCode region = RegionCode.of(hall.regionCode());
		List<String> units = new ArrayList<>();
		for (RegionCode up = region; up != null; up = up.parent().orElse(null)) {
			units.add(up.value());
		}
		regions.subtree(RegionScope.ALL, region.at(RegionLevel.STREET), RegionLevel.GRID)
			.forEach(r -> units.add(r.code()));
		return accounts.staffAt(units.stream().distinct().toList());
	}

	public CounterSetup addCounter(Caller caller, String code, CounterInput in) {
		Hall hall = access.managed(caller, code);
		if (in.number() == null) {
			List<FieldProblem> problems = new ArrayList<>(counterRules.check(hall, 1, in).problems());
			problems.add(0, FieldProblem.of("number", "validation.required"));
			throw new InvalidInputException(problems);
		}
		CounterSetup counter = checked(hall, in.number(), in);
		if (!halls.insertCounter(counter)) {
			throw ConflictException.on("number", "services.counter.number-taken", in.number(), hall.name());
		}
		return counter;
	}

	public CounterSetup changeCounter(Caller caller, String code, int number, CounterInput in) {
		Hall hall = access.managed(caller, code);
		CounterSetup before = halls.lockedSetup(code, number)
			.orElseThrow(() -> new NotFoundException("services.counter.not-found", number, hall.name()));
		if (in.number() != null && in.number() != number) {
			throw new InvalidInputException(List.of(FieldProblem.of("number", "services.counter.number-fixed")));
		}
		CounterSetup after = checked(hall, number, in);
		guard.counterChange(before, after);
		halls.updateCounter(after);
		return after;
	}

	/** Takes a counter out of service; refused while it holds bookings still to come. */
	public void retireCounter(Caller caller, String code, int number) {
		Hall hall = access.managed(caller, code);
		CounterSetup counter = halls.lockedSetup(code, number)
			.orElseThrow(() -> new NotFoundException("services.counter.not-found", number, hall.name()));
		guard.retire(counter);
		halls.retireCounter(code, number);
	}

	/** Replaces the hall's week; refused when a booked slot still to come would no longer be offered. */
	public HallSetupView setHours(Caller caller, String code, HoursInput in) {
		access.managed(caller, code);
		List<FieldProblem> problems = hoursRules.problems(in);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Set<Integer> extended = new LinkedHashSet<>(in.extended());
		Map<DayOfWeek, List<HallPeriod>> weekly = new EnumMap<>(DayOfWeek.class);
		in.periods().stream().sorted(Comparator.comparing(HoursInput.Period::opens))
			.forEach(p -> weekly.computeIfAbsent(DayOfWeek.of(p.weekday()), d -> new ArrayList<>())
				.add(new HallPeriod(p.opens(), p.closes())));
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		extended.forEach(d -> days.add(DayOfWeek.of(d)));
		guard.hours(code, new HallHours(weekly, days, halls.hours(code).closures()));
		halls.replaceHours(code, in.periods(), extended);
		return setup(caller, code);
	}

	public HallClosure addClosure(Caller caller, String code, ClosureInput in) {
		Hall hall = access.managed(caller, code);
		List<FieldProblem> problems = new ArrayList<>();
		if (in.date() == null) {
			problems.add(FieldProblem.of("date", "validation.required"));
		}
		else if (in.date().isBefore(today())) {
			problems.add(FieldProblem.of("date", "services.closure.past", in.date()));
		}
		String reason = in.reason() == null ? "" : in.reason().strip();
		if (reason.isEmpty()) {
			problems.add(FieldProblem.of("reason", "validation.required"));
		}
		else if (reason.length() > MAX_TEXT) {
			problems.add(FieldProblem.of("reason", "validation.too-long", MAX_TEXT));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (halls.hours(code).closures().contains(in.date())) {
			throw ConflictException.on("date", "services.closure.exists", in.date(), hall.name());
		}
		guard.closure(code, in.date());
		HallClosure closure = new HallClosure(in.date(), reason);
		halls.addClosure(code, closure);
		return closure;
	}

	public void removeClosure(Caller caller, String code, LocalDate day) {
		Hall hall = access.managed(caller, code);
		if (!halls.removeClosure(code, day)) {
			throw new NotFoundException("services.closure.not-found", day, hall.name());
		}
	}

	private CounterSetup checked(Hall hall, int number, CounterInput in) {
		CounterRules.Checked checked = counterRules.check(hall, number, in);
		if (!checked.problems().isEmpty()) {
			throw new InvalidInputException(checked.problems());
		}
		return checked.counter();
	}

	private static String named(HallInput in, List<FieldProblem> problems) {
		String name = in.name() == null ? "" : in.name().strip();
		if (name.isEmpty()) {
			problems.add(FieldProblem.of("name", "validation.required"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(FieldProblem.of("name", "validation.too-long", MAX_NAME));
		}
		return name;
	}

	private static String address(HallInput in, List<FieldProblem> problems) {
		String address = in.address() == null ? "" : in.address().strip();
		if (address.length() > MAX_TEXT) {
			problems.add(FieldProblem.of("address", "validation.too-long", MAX_TEXT));
		}
		return address;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(calendar.zone()));
	}
}
