package org.civicgrid.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.civicgrid.registry.BuildingView;
import org.civicgrid.registry.HouseView;

/**
 * A building's houses laid out as the building stands: one block per unit, floors from the top down, the rooms
 * of each floor side by side. Floors come from the record when there is one, else from the houses.
 */
record BuildingGrid(List<Unit> units) {

	record Unit(int number, List<Floor> floors) {
	}

	record Floor(int number, List<HouseView> houses) {
	}

	static BuildingGrid of(BuildingView building) {
		Map<Integer, Map<Integer, List<HouseView>>> byUnit = new TreeMap<>();
		for (HouseView h : building.houses()) {
			byUnit.computeIfAbsent(h.unit(), u -> new TreeMap<>())
				.computeIfAbsent(h.floor(), f -> new ArrayList<>())
				.add(h);
		}
		int unitCount = Math.max(building.record() == null ? 0 : building.record().units(),
				byUnit.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
		int top = Math.max(building.record() == null ? 0 : building.record().floors(), building.houses().stream()
			.mapToInt(HouseView::floor).max().orElse(0));
		List<Unit> units = new ArrayList<>();
		for (int u = 1; u <= unitCount; u++) {
			Map<Integer, List<HouseView>> floors = byUnit.getOrDefault(u, Map.of());
			List<Floor> rows = new ArrayList<>();
			int lowest = floors.keySet().stream().mapToInt(Integer::intValue).min().orElse(1);
			for (int f = top; f >= Math.min(1, lowest); f--) {
				if (f == 0) {
					continue;
				}
				rows.add(new Floor(f, floors.getOrDefault(f, List.of()).stream()
					.sorted(java.util.Comparator.comparing(HouseView::room)).collect(Collectors.toList())));
			}
			units.add(new Unit(u, rows));
		}
		return new BuildingGrid(units);
	}
}
