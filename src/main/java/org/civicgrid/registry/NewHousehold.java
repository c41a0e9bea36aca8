package org.civicgrid.registry;

import java.util.List;

/**
 * A household (户) as typed: its number (户号) is the natural key. It lives in a house named by building, unit,
 * floor and room (optional; the house must exist), in a grid (taken from the house when not given). Members
 * replace the stored list as a whole; exactly one of them is the head (户主) when any are given.
 */
public record NewHousehold(String number, String gridCode, String buildingCode, Integer unit, Integer floor,
		String room, String address, List<NewHouseholdMember> members) {
}
