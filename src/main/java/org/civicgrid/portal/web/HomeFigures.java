package org.civicgrid.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.civicgrid.casework.CaseCatalog;
import org.civicgrid.casework.CaseCounts;
import org.civicgrid.casework.CaseOverview;
import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.Colour;
import org.civicgrid.casework.IndicatorHeadline;
import org.civicgrid.identity.AccountManagement;
import org.civicgrid.inbox.Inbox;
import org.civicgrid.region.RegionSummary;
import org.civicgrid.region.Regions;
import org.civicgrid.registry.RegionStatistics;
import org.civicgrid.registry.RegistryStatistics;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.time.CalendarSettings;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The counts each home shows, from the modules that keep them: casework's tasks, board counts and indicators, the
 * inbox's unread count, the registry's statistics, identity's accounts, the region tree and the catalog. Every
 * count is asked with the caller, so it stays inside their scope and role.
 */
@Component
class HomeFigures {

	/** How many of the waiting cases the home lists, the most pressing first. */
	static final int PRESSING = 5;

	private static final PageRequest COUNT_ONLY = PageRequest.of(0, 1);

	private final CaseOverview cases;
	private final Inbox inbox;
	private final CaseCatalog catalog;
	private final RegistryStatistics registry;
	private final AccountManagement accounts;
	private final Regions regions;
	private final Clock clock;
	private final CalendarSettings calendar;

	HomeFigures(CaseOverview cases, Inbox inbox, CaseCatalog catalog, RegistryStatistics registry, AccountManagement accounts,
			Regions regions, Clock clock, CalendarSettings calendar) {
		this.cases = cases;
		this.inbox = inbox;
		this.catalog = catalog;
		this.registry = registry;
		this.accounts = accounts;
		this.regions = regions;
		this.clock = clock;
		this.calendar = calendar;
	}

	/** A leader's headline: this month's indicators, what is overdue now, and the people of the region. */
	record Overview(IndicatorHeadline month, long overdue, long population, long households) {
	}

	/** A supervisor's: what waits for the check (反馈待核查) and what is red or yellow in their scope. */
	record Supervision(long toCheck, long red, long yellow) {
	}

	/** What an administrator keeps: accounts in their scope, regions by level under theirs, catalog categories. */
	record Setup(long accounts, Map<RegionLevel, Long> regions, long categories) {
	}

	void fill(Workbench bench, Caller caller, Model model) {
		model.addAttribute("unread", inbox.unreadCount(caller));
		if (bench.hasTasks()) {
			model.addAttribute("tasks", cases.tasks(caller, PRESSING));
		}
		switch (bench) {
			case REPORTER -> model.addAttribute("steps", cases.reportsByStep(caller));
			case SUPERVISION -> model.addAttribute("supervision", supervision(caller));
			case OVERVIEW -> model.addAttribute("overview", overview(caller));
			case SETUP -> model.addAttribute("setup", setup(caller));
			case FIELD, DESK -> {
			}
		}
	}

	private Supervision supervision(Caller caller) {
		CaseCounts counts = cases.counts(caller);
		return new Supervision(counts.byStatus().get(CaseStatus.HANDLED), counts.byColour().get(Colour.RED),
				counts.byColour().get(Colour.YELLOW));
	}

	private Overview overview(Caller caller) {
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		IndicatorHeadline month = cases.headline(caller, today.withDayOfMonth(1), today);
		RegionStatistics people = registry.of(caller, caller.regionCode());
		return new Overview(month, cases.counts(caller).byColour().get(Colour.RED), people.population(),
				people.households());
	}

	private Setup setup(Caller caller) {
		Map<RegionLevel, Long> byLevel = new EnumMap<>(RegionLevel.class);
		RegionCode root = RegionCode.parse(caller.regionCode()).orElse(null);
		if (root != null && regions.exists(root)) {
			for (RegionSummary region : regions.subtree(caller.scope(), root, RegionLevel.GRID)) {
				if (!region.code().equals(root.value())) {
					byLevel.merge(region.level(), 1L, Long::sum);
				}
			}
		}
		return new Setup(accounts.list(caller, null, COUNT_ONLY).total(), byLevel, catalog.categories().size());
	}
}
