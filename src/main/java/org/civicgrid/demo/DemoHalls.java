package org.civicgrid.demo;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.region.RegionSummary;
import org.civicgrid.region.Regions;
import org.civicgrid.services.HallAbsence;
import org.civicgrid.services.HallSetup;
import org.civicgrid.services.ServiceHalls;
import org.civicgrid.services.ServiceItemInput;
import org.civicgrid.services.ServiceQueues;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.database.DatabaseSettings;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo street's halls after its catalog: the street's public service centre (one counter per kind of item, 8+4
 * on Tuesdays and Thursdays), one one-stop hall per community, read from the region module, each counter serving
 * the catalog's items of its level and kinds, and a door-to-door service (网格上门) for each grid of the first
 * community, serving the catalog's items done at home. Counters get A and B staff from the demo accounts (the
 * street's dispatcher and supervisor at the centre, community1 and the grid workers in their communities), and a
 * few absences in the next working days put a B on duty, once with both away. Halls already there are left as they
 * are (only a counter without any staff gets its A and B); absences recorded already stay. On an open day each hall's walk-in queue of today is under way (three served and
 * one called per counter, two waiting each), unless it has numbers of today already.
 */
@Component
@Order(2)
class DemoHalls implements ApplicationRunner {

	static final String STREET = "410105560";
	static final String FIRST_COMMUNITY = STREET + "001";
	static final String FIRST_GRID = FIRST_COMMUNITY + "001";
	private static final String SECOND_COMMUNITY = STREET + "002";
	private static final Logger log = LoggerFactory.getLogger(DemoHalls.class);

	private static final List<String[]> CENTRE_COUNTERS = List.of(new String[] { "民政窗口", "CIVIL_AFFAIRS" },
			new String[] { "社保就业窗口", "SOCIAL_SECURITY" }, new String[] { "医保窗口", "MEDICAL_INSURANCE" },
			new String[] { "计生卫健窗口", "HEALTH" }, new String[] { "户籍证明窗口", "RESIDENCE" },
			new String[] { "残联窗口", "DISABILITY" }, new String[] { "住房综合窗口", "HOUSING" });
	private static final List<String[]> COMMUNITY_COUNTERS = List.of(
			new String[] { "民政卫健窗口", "CIVIL_AFFAIRS,HEALTH,DISABILITY,HOUSING" },
			new String[] { "社保医保窗口", "SOCIAL_SECURITY,MEDICAL_INSURANCE,RESIDENCE" });
	/** A and B of each community hall's two counters, where the demo has accounts working there. */
	private static final Map<String, List<String[]>> COMMUNITY_STAFF = Map.of(
			FIRST_COMMUNITY, List.of(new String[] { "community1", "gridworker1" },
					new String[] { "gridworker1", "community1" }),
			SECOND_COMMUNITY, List.of(new String[] { "gridworker2", "dispatcher" },
					new String[] { "dispatcher", "gridworker2" }));

	private final DemoSettings settings;
	private final DatabaseSettings database;
	private final Regions regions;
	private final ServiceHalls halls;
	private final DemoCatalog catalog;
	private final ServiceQueues queues;
	private final WorkingTimeCalendar calendar;
	private final Clock clock;

	DemoHalls(DemoSettings settings, DatabaseSettings database, Regions regions, ServiceHalls halls,
			DemoCatalog catalog, ServiceQueues queues, WorkingTimeCalendar calendar, Clock clock) {
		this.settings = settings;
		this.database = database;
		this.regions = regions;
		this.halls = halls;
		this.catalog = catalog;
		this.queues = queues;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!settings.wanted(database) || !regions.exists(RegionCode.of(STREET))) {
			return;
		}
		List<HallSetup> setups = setups(catalog.items());
		int added = halls.addMissing(setups);
		int staffed = halls.staffUnstaffed(setups);
		int away = halls.addAbsences(absences(LocalDate.now(clock.withZone(calendar.zone()))));
		if (added + staffed + away > 0) {
			log.info("Demo service halls set up: {} halls, {} counters staffed, {} absences", added, staffed, away);
		}
		int tickets = setups.stream().mapToInt(s -> queues.startToday(s.code(), 3, 2)).sum();
		if (tickets > 0) {
			log.info("Demo walk-in queues of today started: {} numbers", tickets);
		}
	}

	List<HallSetup> setups(List<ServiceItemInput> items) {
		List<RegionSummary> regionsBelow = regions.subtree(RegionScope.ALL, RegionCode.of(STREET), RegionLevel.GRID);
		List<HallSetup> setups = new ArrayList<>();
		for (RegionSummary region : regionsBelow) {
			if (region.level() == RegionLevel.GRID) {
				if (region.code().startsWith(FIRST_COMMUNITY)) {
					setups.add(doorToDoor(region, items));
				}
				continue;
			}
			boolean street = region.level() == RegionLevel.STREET;
			List<String[]> shape = street ? CENTRE_COUNTERS : COMMUNITY_COUNTERS;
			String level = street ? "STREET_CENTRE" : "COMMUNITY_HALL";
			List<String[]> staff = COMMUNITY_STAFF.getOrDefault(region.code(), List.of());
			List<HallSetup.Counter> counters = new ArrayList<>();
			for (int i = 0; i < shape.size(); i++) {
				List<String> kinds = List.of(shape.get(i)[1].split(","));
				List<String> codes = items.stream()
					.filter(it -> level.equals(it.level()) && kinds.contains(it.category()))
					.map(ServiceItemInput::code).toList();
				String a = street ? (i % 2 == 0 ? "dispatcher" : "supervisor") : i < staff.size() ? staff.get(i)[0] : null;
				String b = street ? (i % 2 == 0 ? "supervisor" : "dispatcher") : i < staff.size() ? staff.get(i)[1] : null;
				counters.add(new HallSetup.Counter(i + 1, shape.get(i)[0], codes, street ? 3 : 2, a, b));
			}
			LocalTime afternoon = street ? LocalTime.of(14, 0) : LocalTime.of(14, 30);
			setups.add(new HallSetup(code(region.code()), region.name() + (street ? "便民服务中心" : "党群服务中心一站式大厅"),
					level, region.code(), region.name(), counters, weekdays(LocalTime.of(8, 30), LocalTime.of(12, 0),
							afternoon, LocalTime.of(17, 30)),
					street ? Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY) : Set.of(), List.of()));
		}
		return setups;
	}

	/**
	 * A grid's door-to-door service: one "counter", the grid worker going to the resident's home for the items done
	 * at home, one visit a slot; the grid's worker as A where the demo has an account, the community's worker as B.
	 */
	private static HallSetup doorToDoor(RegionSummary grid, List<ServiceItemInput> items) {
		List<String> codes = items.stream()
			.filter(it -> "GRID_DOOR".equals(it.level()) && Boolean.TRUE.equals(it.atHome()))
			.map(ServiceItemInput::code).toList();
		String a = grid.code().equals(FIRST_GRID) ? "gridworker1" : null;
		return new HallSetup(code(grid.code()), grid.name() + "网格上门服务", "GRID_DOOR", grid.code(),
				grid.name() + "（网格员上门）", List.of(new HallSetup.Counter(1, "网格员上门", codes, 1, a, "community1")),
				weekdays(LocalTime.of(9, 0), LocalTime.of(11, 30), LocalTime.of(15, 0), LocalTime.of(17, 0)), Set.of(),
				List.of());
	}

	/**
	 * Who is away in the next working days from {@code today}: community1 on the first two (gridworker1 covers its
	 * counter), gridworker1 as well on the second (both away: the counters warn), the dispatcher at the centre on
	 * the third (the supervisor covers).
	 */
	List<HallAbsence> absences(LocalDate today) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = today; days.size() < 3; d = d.plusDays(1)) {
			if (calendar.isWorkingDay(d)) {
				days.add(d);
			}
		}
		String community = code(FIRST_COMMUNITY);
		return List.of(new HallAbsence(community, "community1", days.get(0), "年休假"),
				new HallAbsence(community, "community1", days.get(1), "年休假"),
				new HallAbsence(community, "gridworker1", days.get(1), "区里培训"),
				new HallAbsence(code(STREET), "dispatcher", days.get(2), "外出开会"));
	}

	private static List<HallSetup.Period> weekdays(LocalTime opens, LocalTime noon, LocalTime afternoon,
			LocalTime closes) {
		List<HallSetup.Period> hours = new ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			hours.add(new HallSetup.Period(day, opens, noon));
			hours.add(new HallSetup.Period(day, afternoon, closes));
		}
		return hours;
	}

	/** A hall's code: H and the code of the region it serves. */
	static String code(String regionCode) {
		return "H" + regionCode;
	}
}
