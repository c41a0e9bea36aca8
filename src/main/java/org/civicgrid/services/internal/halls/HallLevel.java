package org.civicgrid.services.internal.halls;

/** The street's public service centre (便民服务中心) or a community's one-stop hall (一站式服务大厅). */
public enum HallLevel {
	STREET_CENTRE, COMMUNITY_HALL
}
