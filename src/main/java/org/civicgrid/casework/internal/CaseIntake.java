package org.civicgrid.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.civicgrid.casework.Category;
import org.civicgrid.casework.Channel;
import org.civicgrid.casework.NewCaseReport;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.geo.ChinaCoordinates;
import org.springframework.stereotype.Component;

/**
 * Checks a report before anything is written: the category must be in the catalog, the point (WGS-84, or GCJ-02
 * from a phone map) inside a grid of the district; every problem is named at once (422). Residents always report
 * as residents; staff default to patrol.
 */
@Component
class CaseIntake {

	/** A report that passed: its category, grid and point in WGS-84. */
	record Accepted(Category category, String gridCode, double lat, double lng, Channel channel) {
	}

	private final Catalog catalog;
	private final Regions regions;

	CaseIntake(Catalog catalog, Regions regions) {
		this.catalog = catalog;
		this.regions = regions;
	}

	Accepted check(Caller caller, NewCaseReport report) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<Category> category = catalog.find(report.categoryCode());
		if (category.isEmpty()) {
			problems.add(FieldProblem.of("categoryCode", "casework.category.unknown", report.categoryCode()));
		}
		NewCaseReport.Location location = report.location();
		double lat = location.lat();
		double lng = location.lng();
		if (location.isGcj02()) {
			double[] wgs = ChinaCoordinates.toWgs84(lat, lng);
			lat = wgs[0];
			lng = wgs[1];
		}
		Optional<String> grid = regions.gridAt(lat, lng).map(RegionCode::value);
		if (grid.isEmpty()) {
			problems.add(FieldProblem.of("location", "casework.location.outside", location.lat(), location.lng()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Accepted(category.get(), grid.get(), lat, lng, channel(caller, report.channel()));
	}

	private static Channel channel(Caller caller, Channel asked) {
		if (!caller.role().isStaff()) {
			return Channel.RESIDENT;
		}
		// OPEN311 is set only by ExternalCases: staff reporting through the API cannot pose as another system
		return asked == null || asked == Channel.RESIDENT || asked == Channel.OPEN311 ? Channel.PATROL : asked;
	}
}
