package org.civicgrid.registry.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.registry.BuildingRecordView;
import org.civicgrid.registry.BuildingView;
import org.civicgrid.registry.Buildings;
import org.civicgrid.registry.ChangeSource;
import org.civicgrid.registry.HistoryEntry;
import org.civicgrid.registry.HouseQuery;
import org.civicgrid.registry.HouseView;
import org.civicgrid.registry.HouseholdQuery;
import org.civicgrid.registry.HouseholdView;
import org.civicgrid.registry.Households;
import org.civicgrid.registry.Houses;
import org.civicgrid.registry.NewBuildingRecord;
import org.civicgrid.registry.NewHouse;
import org.civicgrid.registry.NewHousehold;
import org.civicgrid.registry.Occupancy;
import org.civicgrid.registry.PlacesExport;
import org.civicgrid.registry.Upserted;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "registry", description = "Buildings, houses and households of the caller's scope, with history")
class PlacesApiController {

	private final Buildings buildings;
	private final Houses houses;
	private final Households households;
	private final PlacesExport exports;

	PlacesApiController(Buildings buildings, Houses houses, Households households, PlacesExport exports) {
		this.buildings = buildings;
		this.houses = houses;
		this.households = households;
		this.exports = exports;
	}

	@PutMapping("/buildings")
	@Operation(summary = "Create or update a building's record by its region code (201 created, 200 otherwise)")
	ResponseEntity<Upserted<BuildingRecordView>> upsertBuilding(@AuthenticationPrincipal Caller caller,
			@RequestBody NewBuildingRecord body, @RequestParam(defaultValue = "COUNTER") ChangeSource source) {
		return Answers.upserted(buildings.upsert(caller, body, source));
	}

	@GetMapping("/buildings/{code}")
	@Operation(summary = "A building: its record and its houses for the units × floors grid")
	BuildingView building(@AuthenticationPrincipal Caller caller, @PathVariable String code) {
		return buildings.get(caller, code);
	}

	@GetMapping("/buildings/{code}/history")
	List<HistoryEntry> buildingHistory(@AuthenticationPrincipal Caller caller, @PathVariable String code) {
		return buildings.history(caller, code);
	}

	@PutMapping("/houses")
	@Operation(summary = "Create or update a house by building, unit, floor and room")
	ResponseEntity<Upserted<HouseView>> upsertHouse(@AuthenticationPrincipal Caller caller,
			@RequestBody NewHouse body, @RequestParam(defaultValue = "COUNTER") ChangeSource source) {
		return Answers.upserted(houses.upsert(caller, body, source));
	}

	@GetMapping("/houses")
	@Operation(summary = "Houses in the caller's scope by address substring, building, occupancy, region")
	Paged<HouseView> houses(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String address,
			@RequestParam(required = false) String buildingCode, @RequestParam(required = false) Occupancy occupancy,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer page,
@RequestParam(required = false) Integer size,
			@Parameter(description = "field,asc or field,desc by address, house, occupancy, residents, area or "
					+ "building; by building, unit, floor and room when absent; an unknown field is a 400 naming sort")
			@RequestParam(required = false) String sort) {
		return houses.search(caller, new HouseQuery(address, buildingCode, occupancy, region),
				PageRequest.of(page, size, sort));
	}

	@GetMapping("/houses/export.xlsx")
	@Operation(summary = "The filtered houses as .xlsx in the house template's columns, in the list's order; audited")
	void exportHouses(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String address,
			@RequestParam(required = false) String buildingCode, @RequestParam(required = false) Occupancy occupancy,
			@RequestParam(required = false) String region, HttpServletRequest http, HttpServletResponse response)
			throws IOException {
		Answers.xlsx(exports.houses(caller, new HouseQuery(address, buildingCode, occupancy, region),
				http.getRemoteAddr()), "houses.xlsx", response);
	}

	@GetMapping("/houses/{id}")
	HouseView house(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return houses.get(caller, id);
	}

	@GetMapping("/houses/{id}/households")
	@Operation(summary = "The households living in a house, with their members (ID numbers masked)")
	List<HouseholdView> householdsOfHouse(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return households.ofHouse(caller, id);
	}

	@GetMapping("/houses/{id}/history")
	List<HistoryEntry> houseHistory(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return houses.history(caller, id);
	}

	@PutMapping("/households")
	@Operation(summary = "Create or update a household by its number; members replace the stored list")
	ResponseEntity<Upserted<HouseholdView>> upsertHousehold(@AuthenticationPrincipal Caller caller,
			@RequestBody NewHousehold body, @RequestParam(defaultValue = "COUNTER") ChangeSource source) {
		return Answers.upserted(households.upsert(caller, body, source));
	}

	@GetMapping("/households")
	@Operation(summary = "Households in the caller's scope by number or address fragment, region")
	Paged<HouseholdView> households(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer page,
@RequestParam(required = false) Integer size,
			@Parameter(description = "field,asc or field,desc by number, address or grid; by number when absent; "
					+ "an unknown field is a 400 naming sort")
			@RequestParam(required = false) String sort) {
		return households.search(caller, new HouseholdQuery(q, region), PageRequest.of(page, size, sort));
	}

	@GetMapping("/households/export.xlsx")
	@Operation(summary = "The filtered households as .xlsx, members' ID numbers masked; revealReason (permitted "
			+ "roles) exports them in clear; audited")
	void exportHouseholds(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String revealReason,
			HttpServletRequest http, HttpServletResponse response) throws IOException {
		Answers.xlsx(exports.households(caller, new HouseholdQuery(q, region), revealReason, http.getRemoteAddr()),
				"households.xlsx", response);
	}

	@GetMapping("/households/{id}")
	HouseholdView household(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return households.get(caller, id);
	}

	@GetMapping("/households/{id}/history")
	List<HistoryEntry> householdHistory(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return households.history(caller, id);
	}
}
