package org.civicgrid.workforce.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.region.Regions;
import org.civicgrid.registry.People;
import org.civicgrid.registry.PersonView;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.time.CalendarSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 民情日志: a grid's log of the day, written by the staff working the grid (its grid worker, the AB partner covering
 * it, the grid leader, the community's staff) and read by every staff member whose scope covers the grid. A day
 * is written the day it happens or within {@link LogSettings#daysBack} days, never ahead; writing it again
 * replaces it whole, and a copy older than the stored one is refused. Every refusal names its field.
 */
@Service
public class DailyLogs {

	static final Set<Role> WRITERS = EnumSet.of(Role.GRID_WORKER, Role.GRID_LEADER, Role.COMMUNITY_STAFF);
	static final int MAX_TEXT = 2000;
	static final int MAX_ENTRY = 500;
	static final int MAX_ENTRIES = 50;

	private final StoredLogs logs;
	private final Regions regions;
	private final People people;
	private final LogSettings settings;
	private final CalendarSettings calendar;
	private final Clock clock;

	DailyLogs(StoredLogs logs, Regions regions, People people, LogSettings settings, CalendarSettings calendar,
			Clock clock) {
		this.logs = logs;
		this.regions = regions;
		this.people = people;
		this.settings = settings;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Today in the calendar's zone: the day a log is written for unless another is named. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(calendar.zone()));
	}

	@Transactional
	public DailyLog write(Caller caller, String gridCode, LocalDate day, LogInput input) {
		String grid = readableGrid(caller, gridCode);
		if (!WRITERS.contains(caller.role())) {
			throw new NotPermittedException("workforce.log.writers-only");
		}
		List<DailyLog.Entry> entries = check(caller, grid, day, input);
		StoredLogs.Row row = logs.upsert(grid, day, trimmed(input), caller.username(), caller.displayName(),
				clock.instant())
			.orElseThrow(() -> ConflictException.on("version", "workforce.log.stale", input.version(),
					logs.find(grid, day).map(StoredLogs.Row::version).orElse(0)));
		logs.replaceEntries(row.id(), entries.stream()
			.map(e -> new StoredLogs.EntryRow(e.kind(), e.personId(), e.text())).toList());
		return view(row, entries);
	}

	@Transactional(readOnly = true)
	public Optional<DailyLog> find(Caller caller, String gridCode, LocalDate day) {
		String grid = readableGrid(caller, gridCode);
		return logs.find(grid, day).map(row -> view(row, logs.entries(row.id()).stream()
			.map(e -> new DailyLog.Entry(e.kind(), e.personId(), nameOf(caller, e.personId()), e.text()))
			.toList()));
	}

	private static DailyLog view(StoredLogs.Row row, List<DailyLog.Entry> entries) {
		return new DailyLog(row.id(), row.gridCode(), row.day(), row.households(), row.resources(), row.care(),
				row.needs(), row.problems(), row.notes(), entries, row.writtenBy(), row.writerName(), row.createdAt(),
				row.updatedAt(), row.version());
	}

	/** The day's log, or 404 naming the grid and the day. */
	public DailyLog get(Caller caller, String gridCode, LocalDate day) {
		return find(caller, gridCode, day)
			.orElseThrow(() -> new NotFoundException("workforce.log.not-found", gridCode, day.toString()));
	}

	@Transactional(readOnly = true)
	public Paged<LogSummary> search(Caller caller, LogQuery query, PageRequest page) {
		requireStaff(caller);
		List<FieldProblem> problems = new ArrayList<>();
		if (query.regionCode() != null && RegionCode.parse(query.regionCode()).isEmpty()) {
			problems.add(FieldProblem.of("regionCode", "workforce.log.region-unknown", query.regionCode()));
		}
		if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
			problems.add(FieldProblem.of("to", "workforce.log.span-reversed"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		StoredLogs.SORTS.orderBy(page.sort());
		return logs.search(caller.scope(), query, page);
	}

	/** A sort from a page's link, or the list's own order when it names no sortable field. */
	public org.civicgrid.shared.Sort knownSort(String raw) {
		return StoredLogs.SORTS.known(raw);
	}

	/** The grids a staff member may open a log of: theirs when they work one, else every grid in their scope. */
	public List<org.civicgrid.region.RegionSummary> grids(Caller caller) {
		requireStaff(caller);
		RegionCode own = RegionCode.of(caller.regionCode());
		if (own.level() == RegionLevel.GRID) {
			return List.of(new org.civicgrid.region.RegionSummary(own.value(),
					regions.officialName(own).orElse(own.value()), RegionLevel.GRID));
		}
		return regions.subtree(caller.scope(), own, RegionLevel.GRID).stream()
			.filter(r -> r.level() == RegionLevel.GRID).toList();
	}

	/** Whether the caller may still write the day: a writer, the day neither ahead nor past the grace. */
	public boolean writable(Caller caller, LocalDate day) {
		return WRITERS.contains(caller.role()) && dayProblem(day).isEmpty();
	}

	/** Why a day cannot be written now: ahead of today, or past the grace. */
	private Optional<FieldProblem> dayProblem(LocalDate day) {
		LocalDate today = today();
		if (day.isAfter(today)) {
			return Optional.of(FieldProblem.of("day", "workforce.log.day-future", day.toString()));
		}
		if (day.isBefore(today.minusDays(settings.daysBack()))) {
			return Optional.of(FieldProblem.of("day", "workforce.log.day-too-old", day.toString(),
					settings.daysBack()));
		}
		return Optional.empty();
	}

	private String readableGrid(Caller caller, String gridCode) {
		requireStaff(caller);
		Optional<RegionCode> code = RegionCode.parse(gridCode == null ? "" : gridCode.strip());
		if (code.isEmpty() || code.get().level() != RegionLevel.GRID || !regions.exists(code.get())) {
			throw new NotFoundException("workforce.log.grid-unknown", gridCode);
		}
		caller.scope().require(code.get().value());
		return code.get().value();
	}

	private static void requireStaff(Caller caller) {
		if (!caller.role().isStaff()) {
			throw new NotPermittedException("workforce.log.staff-only");
		}
	}

	/** The entries as they will read, each person's name found while checking them. */
	private List<DailyLog.Entry> check(Caller caller, String grid, LocalDate day, LogInput in) {
		List<FieldProblem> problems = new ArrayList<>();
		dayProblem(day).ifPresent(problems::add);
		if (in.households() == null) {
			problems.add(FieldProblem.of("households", "workforce.log.households-required"));
		}
		else if (in.households() < 0 || in.households() > 500) {
			problems.add(FieldProblem.of("households", "workforce.log.households-range"));
		}
		for (String[] text : new String[][] { { "resources", in.resources() }, { "care", in.care() },
				{ "needs", in.needs() }, { "problems", in.problems() }, { "notes", in.notes() } }) {
			if (text[1] != null && text[1].strip().length() > MAX_TEXT) {
				problems.add(FieldProblem.of(text[0], "workforce.log.too-long", MAX_TEXT));
			}
		}
		if (in.entries().size() > MAX_ENTRIES) {
			problems.add(FieldProblem.of("entries", "workforce.log.too-many-entries", MAX_ENTRIES));
		}
		List<DailyLog.Entry> entries = new ArrayList<>();
		for (int i = 0; i < Math.min(in.entries().size(), MAX_ENTRIES); i++) {
			entries.add(entry(caller, grid, i, in.entries().get(i), problems));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return entries;
	}

	private DailyLog.Entry entry(Caller caller, String grid, int i, LogInput.EntryInput e,
			List<FieldProblem> problems) {
		EntryKind kind = null;
		try {
			kind = EntryKind.valueOf(e.kind() == null ? "" : e.kind().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			problems.add(FieldProblem.at(i, "entries.kind", "workforce.log.entry-kind", e.kind()));
		}
		String text = e.text() == null ? "" : e.text().strip();
		if (text.isEmpty()) {
			problems.add(FieldProblem.at(i, "entries.text", "workforce.log.entry-text-required"));
		}
		else if (text.length() > MAX_ENTRY) {
			problems.add(FieldProblem.at(i, "entries.text", "workforce.log.too-long", MAX_ENTRY));
		}
		Optional<PersonView> person = e.personId() == null ? Optional.empty() : person(caller, e.personId());
		if (e.personId() != null) {
			if (person.isEmpty()) {
				problems.add(FieldProblem.at(i, "entries.personId", "workforce.log.person-unknown", e.personId()));
			}
			else if (!grid.equals(person.get().gridCode())) {
				problems.add(FieldProblem.at(i, "entries.personId", "workforce.log.person-elsewhere",
						person.get().name(), grid));
			}
		}
		return new DailyLog.Entry(kind, e.personId(), person.map(PersonView::name).orElse(null), text);
	}

	private Optional<PersonView> person(Caller caller, long id) {
		try {
			return Optional.of(people.get(caller, id));
		}
		catch (ProblemException unknownOrOutOfScope) {
			return Optional.empty();
		}
	}

	private String nameOf(Caller caller, Long personId) {
		return personId == null ? null : person(caller, personId).map(PersonView::name).orElse(null);
	}

	private static LogInput trimmed(LogInput in) {
		return new LogInput(in.households(), strip(in.resources()), strip(in.care()), strip(in.needs()),
				strip(in.problems()), strip(in.notes()), in.entries(), in.version());
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
