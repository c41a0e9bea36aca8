package org.civicgrid.region;

import java.util.List;

/**
 * The 网格化服务联系卡 of a grid: the grid, where it lies, who answers for it, and its AB partner grid whose
 * worker covers when this one is away.
 */
public record ContactCard(RegionSummary grid, List<RegionSummary> ancestors, List<StaffMember> staff,
		Partner abPartner) {

	public record Partner(RegionSummary grid, List<StaffMember> staff) {
	}
}
