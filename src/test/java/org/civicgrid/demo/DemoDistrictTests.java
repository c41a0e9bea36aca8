package org.civicgrid.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.civicgrid.region.StaffDuty;
import org.civicgrid.region.StaffMember;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.geo.GroundArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDistrictTests {

	private static final long SEED = 20261122L;

	private static List<DemoRegion> ruyihu;
	private static Map<String, DemoRegion> byCode;

	@BeforeAll
	static void generate() {
		ruyihu = DemoDistrict.generate(DemoScale.RUYIHU, SEED, c -> Optional.empty());
		byCode = new LinkedHashMap<>();
		ruyihu.forEach(r -> byCode.put(r.code(), r));
	}

	private static List<DemoRegion> at(List<DemoRegion> regions, RegionLevel level) {
		return regions.stream().filter(r -> r.level() == level).toList();
	}

	private static List<DemoRegion> childrenOf(String code) {
		return ruyihu.stream().filter(r -> code.equals(RegionCode.of(r.code()).parent().map(RegionCode::value).orElse(null))).toList();
	}

	@Test
	void theSameSeedGivesTheSameDistrict() {
		List<DemoRegion> again = DemoDistrict.generate(DemoScale.RUYIHU, SEED, c -> Optional.empty());
		assertThat(again).hasSameSizeAs(ruyihu);
		for (int i = 0; i < ruyihu.size(); i++) {
			DemoRegion a = ruyihu.get(i);
			DemoRegion b = again.get(i);
			assertThat(b.code()).isEqualTo(a.code());
			assertThat(b.name()).isEqualTo(a.name());
			assertThat(b.staff()).isEqualTo(a.staff());
			assertThat(b.abPartner()).isEqualTo(a.abPartner());
			if (a.boundary() == null) {
				assertThat(b.boundary()).isNull();
			}
			else {
				assertThat(b.boundary().equalsExact(a.boundary())).as(a.code()).isTrue();
			}
		}
	}

	@Test
	void anotherSeedGivesTheSameCodesButOtherShapes() {
		List<DemoRegion> other = DemoDistrict.generate(DemoScale.RUYIHU, SEED + 1, c -> Optional.empty());
		assertThat(other).extracting(DemoRegion::code).isEqualTo(ruyihu.stream().map(DemoRegion::code).toList());
		Geometry mine = byCode.get("410105560004004").boundary();
		Geometry theirs = other.stream().filter(r -> r.code().equals("410105560004004")).findFirst().orElseThrow().boundary();
		assertThat(theirs.equalsExact(mine)).isFalse();
		assertThat(other.stream().filter(r -> r.level() == RegionLevel.GRID)
			.filter(r -> r.boundary().equalsExact(byCode.get(r.code()).boundary())).count())
			.as("grids that kept their shape").isLessThan(56);
	}

	@Test
	void ruyihuHasOneStreetEightCommunitiesFiftySixGridsAndSixtyOneCourtyards() {
		assertThat(at(ruyihu, RegionLevel.DISTRICT)).singleElement().satisfies(d -> {
			assertThat(d.code()).isEqualTo("410105");
			assertThat(d.boundary()).as("a one-street district has no boundary of its own").isNull();
		});
		assertThat(at(ruyihu, RegionLevel.STREET)).extracting(DemoRegion::code).containsExactly("410105560");
		assertThat(at(ruyihu, RegionLevel.COMMUNITY)).extracting(DemoRegion::code).containsExactly("410105560001",
				"410105560002", "410105560003", "410105560004", "410105560005", "410105560006", "410105560007",
				"410105560008");
		assertThat(at(ruyihu, RegionLevel.GRID)).hasSize(56);
		assertThat(at(ruyihu, RegionLevel.BUILDING)).hasSize(61).allSatisfy(b -> assertThat(b.code()).hasSize(18));
		for (DemoRegion community : at(ruyihu, RegionLevel.COMMUNITY)) {
			assertThat(childrenOf(community.code())).extracting(DemoRegion::code).containsExactly(
					community.code() + "001", community.code() + "002", community.code() + "003",
					community.code() + "004", community.code() + "005", community.code() + "006",
					community.code() + "007");
		}
		assertThat(ruyihu).extracting(DemoRegion::code).doesNotHaveDuplicates();
	}

	@Test
	void parentsComeBeforeTheirChildren() {
		List<String> seen = new ArrayList<>();
		for (DemoRegion r : ruyihu) {
			String parent = RegionCode.of(r.code()).parent().map(RegionCode::value).orElse(null);
			if (parent != null) {
				assertThat(seen).as("parent of " + r.code()).contains(parent);
			}
			assertThat(RegionLevel.ofCode(r.code())).contains(r.level());
			seen.add(r.code());
		}
	}

	@Test
	void everyGridHasItsOneLeaderAndThreeKindsOfMembers() {
		for (DemoRegion grid : at(ruyihu, RegionLevel.GRID)) {
			assertThat(grid.staff()).extracting(StaffMember::duty).containsExactly(StaffDuty.GRID_LEADER,
					StaffDuty.GRID_WORKER, StaffDuty.ASSISTANT, StaffDuty.INFORMANT, StaffDuty.INFORMANT);
			assertThat(grid.staff()).allSatisfy(s -> assertThat(s.phone()).matches("1[0-9]{10}"));
			assertThat(grid.boundary()).isInstanceOf(Polygon.class);
			assertThat(grid.boundary().isValid()).isTrue();
		}
	}

	@Test
	void theGridsOfEachCommunityTileItWithoutGapOrOverlap() {
		for (DemoRegion community : at(ruyihu, RegionLevel.COMMUNITY)) {
			List<Geometry> grids = childrenOf(community.code()).stream().map(DemoRegion::boundary).toList();
			Geometry union = OverlayNGRobust.union(grids);
			assertThat(GroundArea.squareMetres(community.boundary().symDifference(union))).as(community.code())
				.isLessThan(1.0);
			for (int i = 0; i < grids.size(); i++) {
				for (int j = i + 1; j < grids.size(); j++) {
					assertThat(GroundArea.squareMetres(grids.get(i).intersection(grids.get(j))))
						.as("%s grids %d and %d", community.code(), i + 1, j + 1).isLessThan(1.0);
				}
			}
		}
	}

	@Test
	void theCommunitiesTileTheStreetAndCourtyardsLieInTheirGrid() {
		Geometry street = byCode.get("410105560").boundary();
		Geometry communities = OverlayNGRobust.union(at(ruyihu, RegionLevel.COMMUNITY).stream().map(DemoRegion::boundary).toList());
		assertThat(GroundArea.squareMetres(street.symDifference(communities))).isLessThan(1.0);
		// 56 cells of about 0.0040° × 0.0035°
		assertThat(GroundArea.squareMetres(street)).isBetween(6.0e6, 9.0e6);
		for (DemoRegion building : at(ruyihu, RegionLevel.BUILDING)) {
			Geometry grid = byCode.get(RegionCode.of(building.code()).parent().map(RegionCode::value).orElse(null)).boundary();
			assertThat(grid.covers(building.boundary())).as(building.code()).isTrue();
			assertThat(building.staff()).extracting(StaffMember::duty).containsExactly(StaffDuty.BUILDING_LEADER);
		}
	}

	@Test
	void abPartnersAreMutualAndShareAnEdge() {
		List<DemoRegion> grids = at(ruyihu, RegionLevel.GRID);
		assertThat(grids).allSatisfy(g -> assertThat(g.abPartner()).as(g.code()).isNotNull());
		for (DemoRegion grid : grids) {
			DemoRegion partner = byCode.get(grid.abPartner());
			assertThat(partner).as("partner of " + grid.code()).isNotNull();
			assertThat(partner.level()).isEqualTo(RegionLevel.GRID);
			assertThat(partner.code()).isNotEqualTo(grid.code());
			assertThat(partner.abPartner()).as("partner of " + partner.code()).isEqualTo(grid.code());
			Geometry shared = grid.boundary().intersection(partner.boundary());
			assertThat(GroundArea.squareMetres(shared)).isLessThan(1.0);
			assertThat(shared.getLength()).as("%s and %s share an edge", grid.code(), partner.code())
				.isGreaterThan(0.001);
		}
	}

	@Test
	void theFeatureCollectionCarriesEveryRegionForImport() {
		Map<String, Object> collection = DemoDistrict.featureCollection(ruyihu);
		assertThat(collection.get("type")).isEqualTo("FeatureCollection");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> features = (List<Map<String, Object>>) collection.get("features");
		assertThat(features).hasSize(ruyihu.size());
		@SuppressWarnings("unchecked")
		Map<String, Object> grid = features.stream()
			.filter(f -> "410105560001001".equals(((Map<String, Object>) f.get("properties")).get("code")))
			.findFirst().orElseThrow();
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = (Map<String, Object>) grid.get("properties");
		assertThat(properties).containsEntry("level", "GRID").containsEntry("abPartner",
				byCode.get("410105560001001").abPartner());
		assertThat((List<?>) properties.get("staff")).hasSize(5);
		assertThat(((Map<?, ?>) grid.get("geometry")).get("type")).isEqualTo("Polygon");
	}

	@Test
	void theDistrictScaleHas455GridsAnd3444Courtyards() {
		List<DemoRegion> district = DemoDistrict.generate(DemoScale.DISTRICT, SEED, c -> Optional.empty());
		Map<RegionLevel, Long> counts = district.stream()
			.collect(Collectors.groupingBy(DemoRegion::level, Collectors.counting()));
		assertThat(counts).containsEntry(RegionLevel.DISTRICT, 1L).containsEntry(RegionLevel.STREET, 8L)
			.containsEntry(RegionLevel.COMMUNITY, 57L).containsEntry(RegionLevel.GRID, 455L)
			.containsEntry(RegionLevel.BUILDING, 3444L);
		assertThat(district).extracting(DemoRegion::code).doesNotHaveDuplicates();
		assertThat(district.get(0).boundary()).as("a district of several streets has a boundary").isNotNull();
	}

	@Test
	void ofGridsGivesExactlyThatManyGrids() {
		Map<String, Geometry> grids = DemoDistrict.gridBoundaries(DemoScale.ofGrids(10_000), SEED);
		assertThat(grids).hasSize(10_000);
		assertThat(grids.keySet()).allSatisfy(code -> assertThat(code).hasSize(15));
	}
}
