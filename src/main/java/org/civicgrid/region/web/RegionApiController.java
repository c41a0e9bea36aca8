package org.civicgrid.region.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.region.ContactCard;
import org.civicgrid.region.ImportResult;
import org.civicgrid.region.RegionDetail;
import org.civicgrid.region.RegionImports;
import org.civicgrid.region.RegionNode;
import org.civicgrid.region.Regions;
import org.civicgrid.region.StaffMember;
import org.civicgrid.region.internal.ContactListWorkbook;
import org.civicgrid.region.internal.PublicMap;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.Role;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "regions", description = "The grid hierarchy, boundaries, contact cards and point-to-grid lookup")
class RegionApiController {

	record PartnerRequest(String partnerCode) {
	}

	private final Regions regions;
	private final RegionImports imports;
	private final ContactListWorkbook contacts;
	private final CoverageMessages coverage;
	private final PublicMap publicMap;

	RegionApiController(Regions regions, RegionImports imports, ContactListWorkbook contacts, CoverageMessages coverage,
			PublicMap publicMap) {
		this.regions = regions;
		this.imports = imports;
		this.contacts = contacts;
		this.coverage = coverage;
		this.publicMap = publicMap;
	}

	@GetMapping("/tree")
	@Operation(summary = "The region tree under root (default: the caller's scope), depth levels deep (0–4)")
	RegionNode tree(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String root,
			@RequestParam(defaultValue = "2") int depth) {
		if (depth < 0 || depth > 4) {
			throw InvalidInputException.of("depth", "validation.range", 0, 4);
		}
		return regions.tree(caller.scope(), RegionCode.of(root == null ? scopeRoot(caller) : code(root, "root")), depth);
	}

	@GetMapping("/locate")
	@Operation(summary = "The grid containing a point, with its ancestors and contact card; crs=gcj02 for phone-map coordinates")
	ContactCard locate(@RequestParam double lat, @RequestParam double lng,
			@RequestParam(defaultValue = "wgs84") String crs) {
		PointQuery point = PointQuery.of(lat, lng, crs);
		return regions.locate(point.lat(), point.lng())
			.orElseThrow(() -> new NotFoundException("region.point-outside", lat, lng));
	}

	@GetMapping(path = "/public-map", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The district's and streets' outlines and every grid as a GeoJSON FeatureCollection, for any "
			+ "signed-in caller (residents too): code, name and level only, no staff or counts")
	Map<String, Object> publicMap() {
		return publicMap.collection();
	}

	@GetMapping("/{code}")
	RegionDetail detail(@AuthenticationPrincipal Caller caller, @PathVariable String code) {
		return regions.detail(caller.scope(), RegionCode.of(code(code, "code")));
	}

	@GetMapping(path = "/{code}/boundary", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The region's boundary as a GeoJSON Feature")
	Map<String, Object> boundary(@AuthenticationPrincipal Caller caller, @PathVariable String code) {
		return imports.boundary(caller.scope(), code(code, "code"));
	}

	@PutMapping("/{code}/boundary")
	@Operation(summary = "Redraw the boundary (GeoJSON Feature or geometry); answers with coverage warnings")
	Map<String, Object> redraw(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestBody JsonNode feature, Locale locale) {
		caller.requireRole(Role.ADMIN, Role.STREET_STAFF);
		return coverage.describe(imports.redraw(caller.scope(), code(code, "code"), feature), locale);
	}

	@GetMapping("/{code}/staff")
	@Operation(summary = "Who answers for the region (一长三员)")
	List<StaffMember> staff(@AuthenticationPrincipal Caller caller, @PathVariable String code) {
		return regions.staff(caller.scope(), RegionCode.of(code(code, "code")));
	}

	@PutMapping("/{code}/staff")
	@Operation(summary = "Replace who answers for the region")
	List<StaffMember> replaceStaff(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestBody JsonNode staff) {
		caller.requireRole(Role.ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF);
		List<StaffMember> members = coverage.readStaff(staff);
		imports.replaceStaff(caller.scope(), code(code, "code"), members);
		return regions.staff(caller.scope(), RegionCode.of(code));
	}

	@PutMapping("/{code}/ab-partner")
	@Operation(summary = "Pair the grid with a neighbouring grid as AB partners (null unpairs)")
	RegionDetail pair(@AuthenticationPrincipal Caller caller, @PathVariable String code,
			@RequestBody PartnerRequest request) {
		caller.requireRole(Role.ADMIN, Role.STREET_STAFF, Role.COMMUNITY_STAFF);
		imports.pairAbPartner(caller.scope(), code(code, "code"), request.partnerCode());
		return regions.detail(caller.scope(), RegionCode.of(code));
	}

	@PostMapping("/import")
	@Operation(summary = "Import a GeoJSON FeatureCollection of regions: all or nothing, with coverage warnings")
	Map<String, Object> importRegions(@AuthenticationPrincipal Caller caller, @RequestBody JsonNode collection,
			Locale locale) {
		caller.requireRole(Role.ADMIN, Role.STREET_STAFF);
		ImportResult result = imports.importCollection(caller.scope(), collection);
		return coverage.describe(result, locale);
	}

	@GetMapping(path = "/export.geojson", produces = "application/geo+json")
	@Operation(summary = "The tree under root as a GeoJSON FeatureCollection (import takes it back)")
	Map<String, Object> exportGeoJson(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) String root) {
		return imports.exportCollection(caller.scope(), root == null ? scopeRoot(caller) : code(root, "root"),
				RegionLevel.BUILDING, true);
	}

	@GetMapping("/export.xlsx")
	@Operation(summary = "The staff contact list of every grid under root, as an Excel sheet")
	void exportContacts(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String root,
			Locale locale, HttpServletResponse response) throws IOException {
		String from = root == null ? scopeRoot(caller) : code(root, "root");
		caller.scope().require(from);
		if (!regions.exists(RegionCode.of(from))) {
			throw new NotFoundException("region.not-found", from);
		}
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"contacts-" + from + ".xlsx\"");
		contacts.write(caller.scope(), from, locale, response.getOutputStream());
	}

	private static String scopeRoot(Caller caller) {
		caller.scope().require(caller.regionCode());
		return caller.regionCode();
	}

	private static String code(String value, String field) {
		if (RegionLevel.ofCode(value).isEmpty()) {
			throw InvalidInputException.of(field, "region.code-format", value);
		}
		return value;
	}
}
