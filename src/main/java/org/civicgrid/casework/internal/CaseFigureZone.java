package org.civicgrid.casework.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** At start-up, before any read: the rollups' days are cut in this node's zone ({@link CaseFigureRefresh#adoptZone}). */
@Component
class CaseFigureZone implements SmartInitializingSingleton {

	private final CaseFigureRefresh refresh;

	CaseFigureZone(CaseFigureRefresh refresh) {
		this.refresh = refresh;
	}

	@Override
	public void afterSingletonsInstantiated() {
		refresh.adoptZone();
	}
}
