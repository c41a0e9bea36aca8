package org.civicgrid.region.internal;

import java.util.List;

import org.civicgrid.region.StaffMember;
import org.civicgrid.shared.RegionLevel;
import org.locationtech.jts.geom.Geometry;

/**
 * One region as an import or redraw proposes it; {@code item} is its index in the request (null for a redraw),
 * {@code staff}
 * and {@code abPartner} are null when the request leaves them as they are.
 */
record RegionDraft(Integer item, String code, String name, RegionLevel level, Geometry boundary, String abPartner,
		List<StaffMember> staff) {
}
