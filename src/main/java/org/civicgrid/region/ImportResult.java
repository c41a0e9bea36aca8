package org.civicgrid.region;

import java.util.List;

/** What an import or a boundary redraw did. */
public record ImportResult(int created, int updated, List<CoverageWarning> warnings) {
}
