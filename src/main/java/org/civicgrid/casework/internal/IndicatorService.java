package org.civicgrid.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.casework.Department;
import org.civicgrid.casework.internal.IndicatorQuery.GroupBy;
import org.civicgrid.region.RegionSummary;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.Role;
import org.civicgrid.shared.time.CalendarSettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators behind the API and the page: the query is checked and bounded to what the caller may see, the
 * counts come from one SQL aggregate over the day rollups ({@link IndicatorFigures}), the rates and the composite score from
 * {@link IndicatorScores}.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

	private final IndicatorFigures figures;
	private final IndicatorSettings settings;
	private final DepartmentService departments;
	private final DepartmentTable departmentTable;
	private final Regions regions;
	private final Clock clock;
	private final ZoneId zone;

	IndicatorService(IndicatorFigures figures, IndicatorSettings settings, DepartmentService departments,
			DepartmentTable departmentTable, Regions regions, Clock clock, CalendarSettings calendar) {
		this.clock = clock;
		this.zone = calendar.zone();
		this.figures = figures;
		this.settings = settings;
		this.departments = departments;
		this.departmentTable = departmentTable;
		this.regions = regions;
	}

	public IndicatorReport indicators(Caller caller, IndicatorQuery query) {
		if (!caller.role().isStaff()) {
			throw new NotPermittedException();
		}
		// report days in the calendar's zone, the zone the rollups cut days in
		LocalDate to = query.to() != null ? query.to() : LocalDate.now(clock.withZone(zone));
		LocalDate from = query.from() != null ? query.from() : to.minusDays(29);
		List<FieldProblem> problems = new ArrayList<>();
		if (from.isAfter(to)) {
			problems.add(FieldProblem.of("from", "casework.indicators.from-after-to", from, to));
		}
		else if (from.plusDays(settings.maxDays()).isBefore(to)) {
			problems.add(FieldProblem.of("to", "casework.indicators.too-long", settings.maxDays()));
		}
		String region = query.region() == null || query.region().isBlank() ? null : query.region().strip();
		if (region != null && RegionLevel.ofCode(region).isEmpty()) {
			problems.add(FieldProblem.of("region", "region.code-format", region));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(HttpStatus.BAD_REQUEST, problems);
		}
		boolean handler = caller.hasRole(Role.DEPARTMENT_HANDLER);
		if (region != null && !handler) {
			caller.scope().require(region);
		}
		if (region == null && !handler) {
			region = caller.regionCode();
		}
		GroupBy groupBy = query.groupBy() == null ? GroupBy.REGION : query.groupBy();
		RegionLevel groupLevel = childLevel(region);
		var counts = figures.count(caller, departments.unitOf(caller), region, from, to, groupBy, groupLevel);
		Map<String, String> names = names(groupBy, region, groupLevel, counts);
		IndicatorScores scores = new IndicatorScores(settings.weights(), counts);
		IndicatorRow total = null;
		List<IndicatorRow> groups = new ArrayList<>();
		for (var c : counts) {
			if (c.key() == null) {
				total = scores.row(c, null, true);
			}
			else {
				groups.add(scores.row(c, names.getOrDefault(c.key(), c.key()), false));
			}
		}
		if (total == null) {
			total = scores.row(IndicatorScores.NONE, null, true);
		}
		return new IndicatorReport(from, to, groupBy, region, settings.weights(), total, groups);
	}

	/** The level of the groups one level below the region: street under district, community under street, grid below. */
	private static RegionLevel childLevel(String region) {
		if (region == null) {
			return RegionLevel.STREET;
		}
		RegionLevel level = RegionCode.of(region).level();
		return level.compareTo(RegionLevel.COMMUNITY) >= 0 ? RegionLevel.GRID : level.child().orElseThrow();
	}

	private Map<String, String> names(GroupBy groupBy, String region, RegionLevel groupLevel,
			List<IndicatorFigures.Counts> counts) {
		Map<String, String> names = new HashMap<>();
		switch (groupBy) {
			case DEPARTMENT -> departmentTable.all().forEach((Department d) -> names.put(d.code(), d.name()));
			case REGION -> {
				String root = region != null ? region
						: counts.stream().map(IndicatorFigures.Counts::key).filter(k -> k != null).findFirst()
							.map(k -> RegionCode.of(k).at(RegionLevel.DISTRICT).value()).orElse(null);
				if (root != null && regions.exists(RegionCode.of(root))) {
					for (RegionSummary r : regions.subtree(RegionScope.ALL, RegionCode.of(root), groupLevel)) {
						if (r.level() == groupLevel) {
							names.put(r.code(), r.name());
						}
					}
				}
			}
			case PERSON -> {
			}
		}
		return names;
	}
}
