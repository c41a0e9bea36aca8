package org.civicgrid.region;

import java.util.List;

/**
 * Something an import or redraw left imperfect but acceptable: two sibling regions overlapping, part of a
 * parent covered by none of its children, or an existing child no longer inside its redrawn parent.
 */
public record CoverageWarning(Kind kind, List<String> codes, double areaSquareMetres) {

	public enum Kind { OVERLAP, GAP, CHILD_OUTSIDE }
}
