package org.civicgrid.region.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.civicgrid.region.StaffMember;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.RegionLevel;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Reads GeoJSON features into region drafts, collecting every problem with its feature index and path. */
@Component
class FeatureReader {

	static final int MAX_FEATURES = 20_000;

	private final RegionCodeRules codes;
	private final StaffListReader staffLists;

	FeatureReader(RegionCodeRules codes, StaffListReader staffLists) {
		this.codes = codes;
		this.staffLists = staffLists;
	}

	List<RegionDraft> collection(JsonNode collection, List<FieldProblem> errors) {
		if (collection == null || !"FeatureCollection".equals(collection.path("type").asString(""))) {
			errors.add(FieldProblem.of("type", "geojson.not-feature-collection"));
			return List.of();
		}
		JsonNode features = collection.get("features");
		if (features == null || !features.isArray() || features.isEmpty()) {
			errors.add(FieldProblem.of("features", "geojson.features-empty"));
			return List.of();
		}
		if (features.size() > MAX_FEATURES) {
			errors.add(FieldProblem.of("features", "geojson.features-too-many", MAX_FEATURES));
			return List.of();
		}
		List<RegionDraft> drafts = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < features.size(); i++) {
			RegionDraft draft = feature(features.get(i), i, errors);
			if (draft != null && !seen.add(draft.code())) {
				errors.add(FieldProblem.at(i, "properties.code", "region.code-duplicate", draft.code()));
			}
			else if (draft != null) {
				drafts.add(draft);
			}
		}
		return drafts;
	}

	private RegionDraft feature(JsonNode feature, int i, List<FieldProblem> errors) {
		if (feature == null || !"Feature".equals(feature.path("type").asString(""))) {
			errors.add(FieldProblem.at(i, "type", "geojson.not-feature"));
			return null;
		}
		JsonNode props = feature.path("properties");
		int before = errors.size();
		String code = props.path("code").asString("").trim();
		String name = props.path("name").asString("").trim();
		RegionLevel level = null;
		if (props.hasNonNull("level")) {
			try {
				level = RegionLevel.valueOf(props.get("level").asString(""));
			}
			catch (IllegalArgumentException e) {
				errors.add(FieldProblem.at(i, "properties.level", "region.level-unknown", props.get("level").asString("")));
			}
		}
		codes.violation(code, level).ifPresent(key -> errors.add(FieldProblem.at(i, "properties.code", key, code)));
		if (name.isEmpty() || name.length() > 100) {
			errors.add(FieldProblem.at(i, "properties.name", "region.name-length"));
		}
		JsonNode geometryNode = feature.get("geometry");
		Geometry boundary = geometryNode == null || geometryNode.isNull() ? null
				: GeoJson.read(geometryNode, i, "geometry", errors);
		String partner = props.hasNonNull("abPartner") ? props.get("abPartner").asString("").trim() : null;
		List<StaffMember> staff = props.has("staff") ? staffLists.read(props.get("staff"), i, "properties.staff", errors) : null;
		if (errors.size() > before) {
			return null;
		}
		return new RegionDraft(i, code, name, RegionLevel.ofCode(code).orElseThrow(), boundary, partner, staff);
	}
}
