package org.civicgrid.region.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civicgrid.region.ContactCard;
import org.civicgrid.region.RegionDetail;
import org.civicgrid.region.RegionNode;
import org.civicgrid.region.RegionSummary;
import org.civicgrid.region.Regions;
import org.civicgrid.region.StaffMember;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class RegionService implements Regions {

	static final int MAX_DEPTH = 4;

	private final StoredRegions regions;
	private final GridLocator locator;
	private final Divisions divisions;

	RegionService(StoredRegions regions, GridLocator locator, Divisions divisions) {
		this.regions = regions;
		this.locator = locator;
		this.divisions = divisions;
	}

	@Override
	public Optional<String> officialName(RegionCode code) {
		return switch (code.level()) {
			case DISTRICT -> divisions.county(code.value());
			case STREET -> divisions.street(code.value());
			default -> Optional.empty();
		};
	}

	@Override
	public boolean exists(RegionCode code) {
		return regions.exists(code.value());
	}

	@Override
	public RegionDetail detail(RegionScope scope, RegionCode regionCode) {
		String code = regionCode.value();
		RegionRow row = visible(scope, code);
		RegionSummary partner = row.abPartnerCode() == null ? null
				: regions.find(row.abPartnerCode()).map(RegionRow::summary).orElse(null);
		RegionDetail.Centroid centroid = row.centroidLat() == null ? null
				: new RegionDetail.Centroid(row.centroidLat(), row.centroidLng());
		return new RegionDetail(row.code(), row.name(), row.level(), row.parentCode(), regions.ancestors(code), centroid,
				row.households(), row.population(), partner, regions.childCount(code), row.boundary() != null);
	}

	@Override
	@Transactional
	public void replaceCounters(List<org.civicgrid.region.PopulationCounter> counters) {
		regions.replaceCounters(counters);
	}

	@Override
	public RegionNode tree(RegionScope scope, RegionCode rootCode, int depth) {
		String root = rootCode.value();
		RegionRow top = visible(scope, root);
		RegionLevel deepest = rootCode.level();
		for (int i = 0; i <= depth && deepest.child().isPresent(); i++) {
			deepest = deepest.child().get();
		}
		int maxLength = deepest.codeLength();
		Map<String, List<RegionRow>> byParent = new HashMap<>();
		for (RegionRow row : regions.subtree(root, maxLength)) {
			if (row.parentCode() != null) {
				byParent.computeIfAbsent(row.parentCode(), k -> new ArrayList<>()).add(row);
			}
		}
		return node(top, byParent, depth);
	}

	private static RegionNode node(RegionRow row, Map<String, List<RegionRow>> byParent, int depth) {
		List<RegionRow> children = byParent.getOrDefault(row.code(), List.of());
		List<RegionNode> shown = depth == 0 ? List.of()
				: children.stream().map(c -> node(c, byParent, depth - 1)).toList();
		return new RegionNode(row.code(), row.name(), row.level(), children.size(), shown);
	}

	@Override
	public List<StaffMember> staff(RegionScope scope, RegionCode code) {
		visible(scope, code.value());
		return regions.staff(code.value());
	}

	@Override
	public Optional<ContactCard> locate(double lat, double lng) {
		return Optional.ofNullable(locator.locate(lat, lng)).map(this::card);
	}

	@Override
	public Optional<RegionCode> gridAt(double lat, double lng) {
		return Optional.ofNullable(locator.locate(lat, lng)).map(RegionCode::of);
	}

	@Override
	public ContactCard contactCard(RegionScope scope, RegionCode gridCode) {
		visible(scope, gridCode.value());
		return card(gridCode.value());
	}

	@Override
	public List<RegionSummary> subtree(RegionScope scope, RegionCode root, RegionLevel deepest) {
		visible(scope, root.value());
		return regions.subtree(root.value(), deepest.codeLength()).stream().map(RegionRow::summary).toList();
	}

	@Override
	public List<String> streetCodes(String prefix) {
		return regions.codesOfLength(prefix, RegionLevel.STREET.codeLength());
	}

	private ContactCard card(String gridCode) {
		RegionRow grid = regions.find(gridCode).orElseThrow(() -> new NotFoundException("region.not-found", gridCode));
		ContactCard.Partner partner = grid.abPartnerCode() == null ? null
				: regions.find(grid.abPartnerCode())
					.map(p -> new ContactCard.Partner(p.summary(), regions.staff(p.code())))
					.orElse(null);
		return new ContactCard(grid.summary(), regions.ancestors(gridCode), regions.staff(gridCode), partner);
	}

	private RegionRow visible(RegionScope scope, String code) {
		scope.require(code);
		return regions.find(code).orElseThrow(() -> new NotFoundException("region.not-found", code));
	}
}
