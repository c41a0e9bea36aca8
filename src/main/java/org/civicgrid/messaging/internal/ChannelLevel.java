package org.civicgrid.messaging.internal;

import org.civicgrid.shared.RegionLevel;

/** The three levels: the street office's internal channel, a community's, a building courtyard's (楼院). */
public enum ChannelLevel {
	STREET(1, RegionLevel.STREET), COMMUNITY(2, RegionLevel.COMMUNITY), COURTYARD(3, RegionLevel.BUILDING);

	private final int number;
	private final RegionLevel region;

	ChannelLevel(int number, RegionLevel region) {
		this.number = number;
		this.region = region;
	}

	public int number() {
		return number;
	}

	public RegionLevel region() {
		return region;
	}

	static ChannelLevel of(int number) {
		return values()[number - 1];
	}
}
