package org.civicgrid.region;

import java.util.List;

/** Region boundaries were imported or redrawn. */
public record BoundariesChanged(List<String> codes) {
}
