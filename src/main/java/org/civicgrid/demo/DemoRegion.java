package org.civicgrid.demo;

import java.util.List;

import org.civicgrid.region.StaffMember;
import org.civicgrid.shared.RegionLevel;
import org.locationtech.jts.geom.Geometry;

/** One generated region, ready to import. */
public record DemoRegion(String code, String name, RegionLevel level, Geometry boundary, List<StaffMember> staff,
		String abPartner) {
}
