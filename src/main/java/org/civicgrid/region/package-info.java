/**
 * The grid hierarchy: district, street, community, grid, building; codes, boundaries, who answers for each
 * grid, AB partners, and which grid a point lies in. Its API: {@link org.civicgrid.region.Regions} and
 * {@link org.civicgrid.region.RegionImports}.
 */
@ApplicationModule(displayName = "Region", allowedDependencies = {})
package org.civicgrid.region;

import org.springframework.modulith.ApplicationModule;
