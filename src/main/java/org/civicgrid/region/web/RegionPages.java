package org.civicgrid.region.web;

import java.util.Map;

import org.civicgrid.region.RegionImports;
import org.civicgrid.region.Regions;
import org.civicgrid.region.internal.PublicMap;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The region page: the tree, the map of boundaries and the contact card of the selected grid. */
@Controller
class RegionPages {

	private final Regions regions;
	private final RegionImports imports;
	private final PublicMap publicMap;

	RegionPages(Regions regions, RegionImports imports, PublicMap publicMap) {
		this.regions = regions;
		this.imports = imports;
		this.publicMap = publicMap;
	}

	@GetMapping("/regions")
	String page(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String root, Model model) {
		RegionCode top = region(root == null ? caller.regionCode() : root);
		int depth = Math.max(0, Math.min(3, RegionLevel.GRID.ordinal() - top.level().ordinal()));
		model.addAttribute("tree", regions.tree(caller.scope(), top, depth));
		model.addAttribute("root", top);
		return "region/index";
	}

	@GetMapping(path = "/regions/map.json", produces = "application/geo+json")
	@ResponseBody
	Map<String, Object> mapLayer(@AuthenticationPrincipal Caller caller, @RequestParam String root) {
		return imports.exportCollection(caller.scope(), root, RegionLevel.GRID, false);
	}

	/** The outlines and grids for the report form's map, to anyone signed in: see {@link PublicMap}. */
	@GetMapping(path = "/regions/public-map.json", produces = "application/geo+json")
	@ResponseBody
	Map<String, Object> publicMap() {
		return publicMap.collection();
	}

	@GetMapping("/regions/{code}/card")
	String card(@AuthenticationPrincipal Caller caller, @PathVariable String code, Model model) {
		var detail = regions.detail(caller.scope(), region(code));
		model.addAttribute("detail", detail);
		if (detail.level() == RegionLevel.GRID) {
			model.addAttribute("card", regions.contactCard(caller.scope(), region(code)));
		}
		return "region/card :: card";
	}

	/** A code from the address bar: what is no region code names no region. */
	private static RegionCode region(String code) {
		return RegionCode.parse(code).orElseThrow(() -> new NotFoundException("region.not-found", code));
	}

	/** The contact card of the grid a phone is standing in; GCJ-02 from phone maps is accepted. */
	@GetMapping("/regions/locate-card")
	String locateCard(@RequestParam double lat, @RequestParam double lng,
			@RequestParam(defaultValue = "wgs84") String crs, Model model) {
		PointQuery point = PointQuery.of(lat, lng, crs);
		var card = regions.locate(point.lat(), point.lng()).orElseThrow(() -> new NotFoundException("region.point-outside", lat, lng));
		model.addAttribute("card", card);
		return "region/card :: contact";
	}
}
