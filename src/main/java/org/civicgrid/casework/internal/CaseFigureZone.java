package org.civicgrid.casework.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, before any read: the rollups' days are cut in this node's zone, counted from the cases at the first
 * start ({@link CaseFigureRefresh#adoptZone}).
 */
@Component
class CaseFigureZone implements SmartInitializingSingleton {

	private final CaseFigureRefresh refresh;

	CaseFigureZone(CaseFigureRefresh refresh) {
		this.refresh = refresh;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (int attempt = 0; !refresh.adoptZone(); attempt++) {
			if (attempt == 600) {
				throw new IllegalStateException("The case figures job held its lock for a minute; cannot adopt the zone");
			}
			try {
				Thread.sleep(100); // another node's figures job is running
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}
}
