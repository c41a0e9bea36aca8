package org.civicgrid.region;

import org.civicgrid.shared.RegionLevel;

/** A region by code, name and level: what lists, breadcrumbs and references show. */
public record RegionSummary(String code, String name, RegionLevel level) {
}
