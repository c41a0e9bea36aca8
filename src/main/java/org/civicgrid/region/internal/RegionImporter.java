package org.civicgrid.region.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.region.BoundariesChanged;
import org.civicgrid.region.CoverageWarning;
import org.civicgrid.region.ImportResult;
import org.civicgrid.region.RegionImports;
import org.civicgrid.region.StaffMember;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.geo.GroundArea;
import org.locationtech.jts.geom.Geometry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

@Service
@Transactional
class RegionImporter implements RegionImports {

	/** AB partners must share an edge or nearly: 5 m allows for drawing error. */
	private static final double NEIGHBOUR_METRES = 5;

	private final StoredRegions regions;
	private final FeatureReader reader;
	private final CoverageCheck coverage;
	private final Boundaries boundaries;
	private final ApplicationEventPublisher events;

	RegionImporter(StoredRegions regions, FeatureReader reader, CoverageCheck coverage, Boundaries boundaries,
			ApplicationEventPublisher events) {
		this.regions = regions;
		this.reader = reader;
		this.coverage = coverage;
		this.boundaries = boundaries;
		this.events = events;
	}

	@Override
	public ImportResult importCollection(RegionScope scope, JsonNode featureCollection) {
		List<FieldProblem> errors = new ArrayList<>();
		List<RegionDraft> drafts = reader.collection(featureCollection, errors);
		drafts.forEach(d -> {
			scope.require(d.code());
			if (d.abPartner() != null && !d.abPartner().isEmpty()) {
				scope.require(d.abPartner());
			}
		});
		return write(drafts, errors);
	}

	@Override
	public ImportResult redraw(RegionScope scope, String code, JsonNode feature) {
		scope.require(code);
		RegionRow row = regions.find(code).orElseThrow(() -> new NotFoundException("region.not-found", code));
		JsonNode geometry = feature != null && "Feature".equals(feature.path("type").asString("")) ? feature.get("geometry")
				: feature;
		List<FieldProblem> errors = new ArrayList<>();
		Geometry boundary = GeoJson.read(geometry, null, "geometry", errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return write(List.of(new RegionDraft(null, code, row.name(), row.level(), boundary, null, null)), errors);
	}

	@Override
	public void replaceStaff(RegionScope scope, String code, List<StaffMember> staff) {
		scope.require(code);
		if (!regions.exists(code)) {
			throw new NotFoundException("region.not-found", code);
		}
		regions.replaceStaff(code, staff);
	}

	@Override
	public void pairAbPartner(RegionScope scope, String gridCode, String partnerCode) {
		scope.require(gridCode);
		RegionRow grid = regions.find(gridCode).orElseThrow(() -> new NotFoundException("region.not-found", gridCode));
		List<FieldProblem> errors = new ArrayList<>();
		pair(grid, partnerCode, scope, null, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private ImportResult write(List<RegionDraft> drafts, List<FieldProblem> errors) {
		Map<String, RegionDraft> byCode = new HashMap<>();
		drafts.forEach(d -> byCode.put(d.code(), d));
		Map<String, Geometry> parentShapes = new HashMap<>();
		for (RegionDraft draft : drafts) {
			String parent = RegionCode.of(draft.code()).parent().map(RegionCode::value).orElse(null);
			if (parent != null && !byCode.containsKey(parent) && !regions.exists(parent)) {
				errors.add(new FieldProblem(draft.item(), "properties.code", "region.parent-missing", parent));
				continue;
			}
			Geometry parentShape = parent == null ? null : parentShapes.computeIfAbsent(parent, p -> shapeOf(p, byCode));
			if (draft.boundary() != null && parentShape != null) {
				double outside = coverage.outsideArea(draft.boundary(), parentShape);
				if (outside > 0) {
					errors.add(new FieldProblem(draft.item(), "geometry", "region.outside-parent", parent,
							CoverageCheck.round(outside)));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		int created = 0;
		List<RegionDraft> ordered = drafts.stream().sorted(Comparator.comparing(RegionDraft::code)).toList();
		for (RegionDraft d : ordered) {
			Geometry b = d.boundary();
			boolean isNew = regions.upsert(d.code(), d.name(), d.level(), boundaries.format(b),
					b == null ? null : b.getEnvelopeInternal(), b == null ? null : b.getInteriorPoint());
			created += isNew ? 1 : 0;
			if (d.staff() != null) {
				regions.replaceStaff(d.code(), d.staff());
			}
		}
		for (RegionDraft d : ordered) {
			if (d.abPartner() != null) {
				pair(regions.find(d.code()).orElseThrow(), d.abPartner(), RegionScope.ALL, d.item(), errors);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		List<CoverageWarning> warnings = warnings(ordered);
		List<String> redrawn = ordered.stream().filter(d -> d.boundary() != null).map(RegionDraft::code).toList();
		if (!redrawn.isEmpty()) {
			regions.bumpRevision();
			events.publishEvent(new BoundariesChanged(redrawn));
		}
		return new ImportResult(created, drafts.size() - created, warnings);
	}

	/** Overlaps and gaps among the children of every parent the change touched, and children left outside. */
	private List<CoverageWarning> warnings(List<RegionDraft> drafts) {
		Set<String> parents = new LinkedHashSet<>();
		for (RegionDraft d : drafts) {
			if (d.boundary() != null) {
				RegionCode.of(d.code()).parent().ifPresent(p -> parents.add(p.value()));
			}
		}
		Set<String> changed = new HashSet<>();
		drafts.forEach(d -> changed.add(d.code()));
		List<CoverageWarning> warnings = new ArrayList<>();
		for (String parent : parents) {
			RegionRow parentRow = regions.find(parent).orElseThrow();
			// building courtyards need not fill their grid; every other level must cover its parent
			Geometry shape = parentRow.level() == RegionLevel.GRID ? null : boundaries.parse(parentRow.boundary());
			Map<String, Geometry> children = new LinkedHashMap<>();
			regions.children(parent).stream().filter(c -> c.boundary() != null)
				.forEach(c -> children.put(c.code(), boundaries.parse(c.boundary())));
			warnings.addAll(coverage.siblings(parent, shape, children, changed));
		}
		for (RegionDraft d : drafts) {
			if (d.boundary() == null) {
				continue;
			}
			for (RegionRow child : regions.children(d.code())) {
				if (child.boundary() != null && !changed.contains(child.code())) {
					double outside = coverage.outsideArea(boundaries.parse(child.boundary()), d.boundary());
					if (outside > 0) {
						warnings.add(new CoverageWarning(CoverageWarning.Kind.CHILD_OUTSIDE, List.of(d.code(), child.code()),
								CoverageCheck.round(outside)));
					}
				}
			}
		}
		return warnings;
	}

	private Geometry shapeOf(String code, Map<String, RegionDraft> byCode) {
		RegionDraft draft = byCode.get(code);
		if (draft != null) {
			return draft.boundary();
		}
		return regions.find(code).map(r -> boundaries.parse(r.boundary())).orElse(null);
	}

	/** Pairs two neighbouring grids both ways, after checking they are grids, in scope and touching. */
	private void pair(RegionRow grid, String partnerCode, RegionScope scope, Integer item, List<FieldProblem> errors) {
		String field = item == null ? "partnerCode" : "properties.abPartner";
		if (partnerCode == null || partnerCode.isBlank()) {
			if (grid.abPartnerCode() != null) {
				regions.setPartner(grid.abPartnerCode(), null);
			}
			regions.setPartner(grid.code(), null);
			return;
		}
		scope.require(partnerCode);
		RegionRow partner = regions.find(partnerCode).orElse(null);
		if (grid.level() != RegionLevel.GRID || partner == null || partner.level() != RegionLevel.GRID
				|| partner.code().equals(grid.code())) {
			errors.add(new FieldProblem(item, field, "region.partner-not-grid", partnerCode));
			return;
		}
		if (grid.boundary() == null || partner.boundary() == null || !boundaries.parse(grid.boundary())
			.isWithinDistance(boundaries.parse(partner.boundary()), GroundArea.degrees(NEIGHBOUR_METRES))) {
			errors.add(new FieldProblem(item, field, "region.partner-not-neighbour", partnerCode));
			return;
		}
		// a grid has one partner: the former partners of either side are released, not left pointing at them
		if (grid.abPartnerCode() != null && !grid.abPartnerCode().equals(partner.code())) {
			regions.releasePartner(grid.abPartnerCode(), grid.code());
		}
		if (partner.abPartnerCode() != null && !partner.abPartnerCode().equals(grid.code())) {
			regions.releasePartner(partner.abPartnerCode(), partner.code());
		}
		regions.setPartner(grid.code(), partner.code());
		regions.setPartner(partner.code(), grid.code());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> exportCollection(RegionScope scope, String root, RegionLevel deepest, boolean withStaff) {
		scope.require(root);
		if (!regions.exists(root)) {
			throw new NotFoundException("region.not-found", root);
		}
		Map<String, List<StaffMember>> staff = withStaff ? regions.staffUnder(root) : Map.of();
		List<Object> features = new ArrayList<>();
		for (RegionRow row : regions.subtree(root, deepest.codeLength())) {
			boolean staffed = withStaff && row.level().compareTo(RegionLevel.COMMUNITY) > 0;
			features.add(feature(row, staffed ? staff.getOrDefault(row.code(), List.of()) : null));
		}
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return collection;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> boundary(RegionScope scope, String code) {
		scope.require(code);
		return feature(regions.find(code).orElseThrow(() -> new NotFoundException("region.not-found", code)), null);
	}

	/** A region as a GeoJSON Feature; {@code staff} null leaves the staff out. */
	private Map<String, Object> feature(RegionRow row, List<StaffMember> staff) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("code", row.code());
		properties.put("name", row.name());
		properties.put("level", row.level().name());
		if (row.parentCode() != null) {
			properties.put("parentCode", row.parentCode());
		}
		if (row.abPartnerCode() != null) {
			properties.put("abPartner", row.abPartnerCode());
		}
		if (staff != null) {
			properties.put("staff", staff);
		}
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("id", row.code());
		feature.put("geometry", boundaries.asJson(row.boundary()));
		feature.put("properties", properties);
		return feature;
	}
}
