package org.civicgrid.region;

import java.util.List;

import org.civicgrid.shared.RegionLevel;

/** A node of the region tree; {@code children} is empty past the requested depth, {@code childCount} is not. */
public record RegionNode(String code, String name, RegionLevel level, int childCount, List<RegionNode> children) {
}
