package org.civicgrid.region.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.region.CoverageWarning;
import org.civicgrid.shared.geo.GroundArea;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.springframework.stereotype.Component;

/**
 * The grid rule 无缝覆盖: children cover their parent without gaps or overlaps. A child must lie inside its
 * parent (an error); overlaps between siblings and gaps in the parent's coverage are reported as warnings with
 * their area, since a street office fixes them over time. Slivers under a square metre are rounding, not
 * findings.
 */
@Component
class CoverageCheck {

	static final double TOLERANCE_M2 = 1.0;

	/** How much of the child lies outside the parent, in m² (0 when inside). */
	double outsideArea(Geometry child, Geometry parent) {
		double area = GroundArea.squareMetres(OverlayNGRobust.overlay(child, parent, OverlayNG.DIFFERENCE));
		return area <= TOLERANCE_M2 ? 0 : area;
	}

	/**
	 * Overlaps between siblings that involve one of the {@code changed} regions (older overlaps are not news),
	 * and the gap all siblings together leave in the parent.
	 */
	List<CoverageWarning> siblings(String parentCode, Geometry parent, Map<String, Geometry> children,
			Set<String> changed) {
		List<CoverageWarning> warnings = new ArrayList<>();
		var entries = new ArrayList<>(children.entrySet());
		for (int i = 0; i < entries.size(); i++) {
			for (int j = i + 1; j < entries.size(); j++) {
				if (!changed.contains(entries.get(i).getKey()) && !changed.contains(entries.get(j).getKey())) {
					continue;
				}
				Geometry a = entries.get(i).getValue();
				Geometry b = entries.get(j).getValue();
				if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
					continue;
				}
				double area = GroundArea.squareMetres(OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION));
				if (area > TOLERANCE_M2) {
					warnings.add(new CoverageWarning(CoverageWarning.Kind.OVERLAP,
							List.of(entries.get(i).getKey(), entries.get(j).getKey()), round(area)));
				}
			}
		}
		if (parent != null && !children.isEmpty()) {
			Geometry covered = OverlayNGRobust.union(children.values());
			double gap = GroundArea.squareMetres(OverlayNGRobust.overlay(parent, covered, OverlayNG.DIFFERENCE));
			if (gap > TOLERANCE_M2) {
				warnings.add(new CoverageWarning(CoverageWarning.Kind.GAP, List.of(parentCode), round(gap)));
			}
		}
		return warnings;
	}

	static double round(double squareMetres) {
		return Math.round(squareMetres * 10) / 10.0;
	}
}
