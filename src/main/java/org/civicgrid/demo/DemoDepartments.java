package org.civicgrid.demo;

import org.civicgrid.casework.DepartmentDirectory;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.RegionCode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's department handler ({@code handler}, 城管局办件员) works for 区城管执法局 (CGZF), one of the departments
 * casework ships; runs after {@link DemoLoader} and leaves an admin's later choice alone.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoDepartments implements ApplicationRunner {

	static final String HANDLER_DEPARTMENT = "CGZF";

	private final Regions regions;
	private final DepartmentDirectory departments;

	DemoDepartments(Regions regions, DepartmentDirectory departments) {
		this.regions = regions;
		this.departments = departments;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (regions.exists(RegionCode.of(DemoScale.RUYIHU.districtCode() + "560"))) {
			departments.attachHandler("handler", HANDLER_DEPARTMENT);
		}
	}
}
