package org.civicgrid.demo;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.civicgrid.region.RegionSummary;
import org.civicgrid.region.Regions;
import org.civicgrid.services.HallSetup;
import org.civicgrid.services.ServiceHalls;
import org.civicgrid.services.ServiceItemInput;
import org.civicgrid.services.ServiceQueues;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.database.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo street's halls after its catalog: the street's public service centre (one counter per kind of item, 8+4
 * on Tuesdays and Thursdays) and one one-stop hall per community (two counters), read from the region module, each
 * counter serving the catalog's items of its level and kinds. Halls already there are left as they are. On an open
 * day each hall's walk-in queue of today is under way (three served and one called per counter, two waiting each),
 * unless it has numbers of today already.
 */
@Component
@Order(2)
class DemoHalls implements ApplicationRunner {

	static final String STREET = "410105560";
	private static final Logger log = LoggerFactory.getLogger(DemoHalls.class);

	private static final List<String[]> CENTRE_COUNTERS = List.of(new String[] { "民政窗口", "CIVIL_AFFAIRS" },
			new String[] { "社保就业窗口", "SOCIAL_SECURITY" }, new String[] { "医保窗口", "MEDICAL_INSURANCE" },
			new String[] { "计生卫健窗口", "HEALTH" }, new String[] { "户籍证明窗口", "RESIDENCE" },
			new String[] { "残联窗口", "DISABILITY" }, new String[] { "住房综合窗口", "HOUSING" });
	private static final List<String[]> COMMUNITY_COUNTERS = List.of(
			new String[] { "民政卫健窗口", "CIVIL_AFFAIRS,HEALTH,DISABILITY,HOUSING" },
			new String[] { "社保医保窗口", "SOCIAL_SECURITY,MEDICAL_INSURANCE,RESIDENCE" });

	private final DemoSettings settings;
	private final DatabaseSettings database;
	private final Regions regions;
	private final ServiceHalls halls;
	private final DemoCatalog catalog;
	private final ServiceQueues queues;

	DemoHalls(DemoSettings settings, DatabaseSettings database, Regions regions, ServiceHalls halls,
			DemoCatalog catalog, ServiceQueues queues) {
		this.settings = settings;
		this.database = database;
		this.regions = regions;
		this.halls = halls;
		this.catalog = catalog;
		this.queues = queues;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!settings.wanted(database) || !regions.exists(RegionCode.of(STREET))) {
			return;
		}
		List<HallSetup> setups = setups(catalog.items());
		int added = halls.addMissing(setups);
		if (added > 0) {
			log.info("Demo service halls set up: {}", added);
		}
		int tickets = setups.stream().mapToInt(s -> queues.startToday(s.code(), 3, 2)).sum();
		if (tickets > 0) {
			log.info("Demo walk-in queues of today started: {} numbers", tickets);
		}
	}

	List<HallSetup> setups(List<ServiceItemInput> items) {
		List<RegionSummary> regionsBelow = regions.subtree(RegionScope.ALL, RegionCode.of(STREET), RegionLevel.COMMUNITY);
		List<HallSetup> setups = new ArrayList<>();
		for (RegionSummary region : regionsBelow) {
			boolean street = region.level() == RegionLevel.STREET;
			List<String[]> shape = street ? CENTRE_COUNTERS : COMMUNITY_COUNTERS;
			String level = street ? "STREET_CENTRE" : "COMMUNITY_HALL";
			List<HallSetup.Counter> counters = new ArrayList<>();
			for (int i = 0; i < shape.size(); i++) {
				List<String> kinds = List.of(shape.get(i)[1].split(","));
				List<String> codes = items.stream()
					.filter(it -> level.equals(it.level()) && kinds.contains(it.category()))
					.map(ServiceItemInput::code).toList();
				counters.add(new HallSetup.Counter(i + 1, shape.get(i)[0], codes, street ? 3 : 2));
			}
			LocalTime afternoon = street ? LocalTime.of(14, 0) : LocalTime.of(14, 30);
			List<HallSetup.Period> hours = new ArrayList<>();
			for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
					DayOfWeek.FRIDAY)) {
				hours.add(new HallSetup.Period(day, LocalTime.of(8, 30), LocalTime.of(12, 0)));
				hours.add(new HallSetup.Period(day, afternoon, LocalTime.of(17, 30)));
			}
			setups.add(new HallSetup(code(region.code()), region.name() + (street ? "便民服务中心" : "党群服务中心一站式大厅"),
					level, region.code(), region.name(), counters, hours,
					street ? Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY) : Set.of(), List.of()));
		}
		return setups;
	}

	/** A hall's code: H and the code of the region it serves. */
	static String code(String regionCode) {
		return "H" + regionCode;
	}
}
