package org.civicgrid.region.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.civicgrid.region.BoundariesChanged;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Answers "which grid is this point in" from memory. The index is rebuilt when this node changes a boundary
 * (after the change commits) and, for changes made on other nodes, when the shared revision counter moves.
 */
@Component
class GridLocator {

	private static final Logger log = LoggerFactory.getLogger(GridLocator.class);

	private final StoredRegions regions;
	private final Boundaries boundaries;
	private volatile GridIndex index;
	private volatile long revision = -1;

	GridLocator(StoredRegions regions, Boundaries boundaries) {
		this.regions = regions;
		this.boundaries = boundaries;
	}

	String locate(double lat, double lng) {
		return current().locate(lat, lng);
	}

	private GridIndex current() {
		GridIndex loaded = index;
		if (loaded == null) {
			synchronized (this) {
				if (index == null) {
					rebuild();
				}
				loaded = index;
			}
		}
		return loaded;
	}

	@TransactionalEventListener
	void on(BoundariesChanged changed) {
		rebuild();
	}

	@Scheduled(fixedDelayString = "${civicgrid.region.locator-refresh:PT10S}")
	void refreshIfChangedElsewhere() {
		if (index != null && regions.revision() != revision) {
			rebuild();
		}
	}

	synchronized void rebuild() {
		long seen = regions.revision();
		Map<String, Geometry> grids = new LinkedHashMap<>();
		regions.gridsWithBoundaries().forEach(row -> grids.put(row.code(), boundaries.parse(row.boundary())));
		index = new GridIndex(grids);
		revision = seen;
		log.info("Point-to-grid index holds {} grids (revision {})", grids.size(), seen);
	}
}
