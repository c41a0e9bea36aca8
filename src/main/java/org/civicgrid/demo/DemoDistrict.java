package org.civicgrid.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.civicgrid.region.StaffDuty;
import org.civicgrid.region.StaffMember;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Generates a district deterministically from a seed: the same seed and scale give the same codes, names,
 * boundaries and staff on every machine. Boundaries tile without gaps or overlaps: every cell is a quadrangle
 * of a jittered lattice whose corners neighbouring cells share exactly.
 */
public final class DemoDistrict {

	static final double CENTRE_LAT = 34.77;
	static final double CENTRE_LNG = 113.73;
	static final double CELL_LNG = 0.0040;
	static final double CELL_LAT = 0.0035;
	private static final double JITTER = 0.18;

	private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(1e9), 4326);

	private final DemoScale scale;
	private final long seed;
	private final Function<String, Optional<String>> officialNames;
	private final StaffNames people;
	private final int columns;
	private final double west;
	private final double north;

	private DemoDistrict(DemoScale scale, long seed, Function<String, Optional<String>> officialNames) {
		this.scale = scale;
		this.seed = seed;
		this.officialNames = officialNames;
		this.people = new StaffNames(seed);
		int cols = 0;
		for (int s = 0; s < scale.streets(); s++) {
			cols += streetColumns(s);
		}
		this.columns = cols;
		this.west = CENTRE_LNG - cols * CELL_LNG / 2;
		this.north = CENTRE_LAT + scale.latticeRows() * CELL_LAT / 2;
	}

	/** Every region of the area, parents before children. */
	public static List<DemoRegion> generate(DemoScale scale, long seed, Function<String, Optional<String>> officialNames) {
		return new DemoDistrict(scale, seed, officialNames).regions();
	}

	/** Grid boundaries only, by code: what the point lookup indexes. */
	public static Map<String, Geometry> gridBoundaries(DemoScale scale, long seed) {
		Map<String, Geometry> grids = new LinkedHashMap<>();
		for (DemoRegion r : generate(scale, seed, code -> Optional.empty())) {
			if (r.level() == RegionLevel.GRID) {
				grids.put(r.code(), r.boundary());
			}
		}
		return grids;
	}

	/** The regions as a GeoJSON FeatureCollection in the shape the region import takes. */
	public static Map<String, Object> featureCollection(List<DemoRegion> regions) {
		List<Object> features = new ArrayList<>();
		for (DemoRegion r : regions) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("code", r.code());
			properties.put("name", r.name());
			properties.put("level", r.level().name());
			if (r.abPartner() != null) {
				properties.put("abPartner", r.abPartner());
			}
			if (!r.staff().isEmpty()) {
				properties.put("staff", r.staff());
			}
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("type", "Feature");
			feature.put("geometry", r.boundary() == null ? null : GeoJsonGeometry.of(r.boundary()));
			feature.put("properties", properties);
			features.add(feature);
		}
		return Map.of("type", "FeatureCollection", "features", features);
	}

	private List<DemoRegion> regions() {
		List<DemoRegion> out = new ArrayList<>();
		List<Geometry> streetShapes = new ArrayList<>();
		List<DemoRegion> below = new ArrayList<>();
		int firstColumn = 0;
		int buildingsLeft = scale.buildings();
		int gridsLeft = scale.grids();
		for (int s = 0; s < scale.streets(); s++) {
			// 如意湖街道 (560) comes first at every scale, so the demo accounts find their grids
			String streetCode = scale.districtCode() + (s == 0 ? "560" : "%03d".formatted(s));
			int grids = share(scale.grids(), scale.streets(), s);
			int buildings = (int) Math.round((double) buildingsLeft * grids / gridsLeft);
			buildingsLeft -= buildings;
			gridsLeft -= grids;
			Street street = new Street(streetCode, firstColumn, streetColumns(s), grids,
					share(scale.communities(), scale.streets(), s), buildings);
			firstColumn += street.columns;
			Geometry shape = street.build(below);
			streetShapes.add(shape);
			out.add(new DemoRegion(streetCode, officialNames.apply(streetCode).orElse("第" + (s + 1) + "街道"),
					RegionLevel.STREET, shape, List.of(), null));
		}
		Geometry district = scale.streets() > 1 ? OverlayNGRobust.union(streetShapes) : null;
		out.add(0, new DemoRegion(scale.districtCode(), officialNames.apply(scale.districtCode()).orElse("演示区"),
				RegionLevel.DISTRICT, district, List.of(), null));
		out.addAll(below);
		return out;
	}

	private int streetColumns(int s) {
		int grids = share(scale.grids(), scale.streets(), s);
		return (grids + scale.latticeRows() - 1) / scale.latticeRows();
	}

	/** The i-th of n near-equal parts of total. */
	static int share(int total, int parts, int i) {
		return total / parts + (i < total % parts ? 1 : 0);
	}

	/** A cell of the lattice: column from the west, row from the north. */
	private record Cell(int col, int row) {
	}

	private final class Street {

		private final String code;
		private final int firstColumn;
		private final int columns;
		private final int grids;
		private final int communities;
		private final int buildings;

		Street(String code, int firstColumn, int columns, int grids, int communities, int buildings) {
			this.code = code;
			this.firstColumn = firstColumn;
			this.columns = columns;
			this.grids = grids;
			this.communities = communities;
			this.buildings = buildings;
		}

		/** Adds communities, grids and buildings to {@code out}; returns the street's own boundary. */
		Geometry build(List<DemoRegion> out) {
			List<List<Cell>> gridCells = gridCells();
			List<Geometry> streetParts = new ArrayList<>();
			int gridIndex = 0;
			int buildingIndex = 0;
			Map<List<Cell>, String> codes = new LinkedHashMap<>();
			List<DemoRegion> gridRegions = new ArrayList<>();
			for (int c = 0; c < communities; c++) {
				int size = share(grids, communities, c);
				List<List<Cell>> run = gridCells.subList(gridIndex, gridIndex + size);
				gridIndex += size;
				String communityCode = code + "%03d".formatted(c + 1);
				String communityName = people.communityName(communityCode);
				List<Geometry> parts = new ArrayList<>();
				List<List<Cell>> numbered = new ArrayList<>(run);
				numbered.sort(Comparator.comparingInt((List<Cell> g) -> g.get(0).row()).thenComparingInt(g -> g.get(0).col()));
				List<DemoRegion> communityGrids = new ArrayList<>();
				for (int g = 0; g < numbered.size(); g++) {
					List<Cell> cells = numbered.get(g);
					String gridCode = communityCode + "%03d".formatted(g + 1);
					codes.put(cells, gridCode);
					Geometry shape = union(cells);
					parts.add(shape);
					communityGrids.add(new DemoRegion(gridCode, communityName.replace("社区", "") + "第" + (g + 1) + "网格",
							RegionLevel.GRID, shape, people.gridStaff(gridCode), null));
				}
				Geometry communityShape = OverlayNGRobust.union(parts);
				streetParts.add(communityShape);
				out.add(new DemoRegion(communityCode, communityName, RegionLevel.COMMUNITY, communityShape, List.of(), null));
				gridRegions.addAll(communityGrids);
			}
			Map<String, String> partners = partners(gridCells, codes);
			for (DemoRegion grid : gridRegions) {
				out.add(new DemoRegion(grid.code(), grid.name(), grid.level(), grid.boundary(), grid.staff(),
						partners.get(grid.code())));
			}
			List<DemoRegion> sortedGrids = gridRegions.stream().sorted(Comparator.comparing(DemoRegion::code)).toList();
			Map<String, Cell> firstCells = new LinkedHashMap<>();
			codes.forEach((cells, gridCode) -> firstCells.put(gridCode, cells.get(0)));
			for (int g = 0; g < sortedGrids.size(); g++) {
				int count = share(buildings, sortedGrids.size(), g);
				DemoRegion grid = sortedGrids.get(g);
				for (int b = 0; b < count; b++) {
					String buildingCode = grid.code() + "%03d".formatted(b + 1);
					out.add(new DemoRegion(buildingCode, people.courtyardName(buildingCode, buildingIndex++),
							RegionLevel.BUILDING, courtyard(firstCells.get(grid.code()), b, count),
							people.buildingStaff(buildingCode), null));
				}
			}
			return OverlayNGRobust.union(streetParts);
		}

		/**
		 * The street's cells in a serpentine through bands two columns wide, so consecutive cells always share an
		 * edge; one cell per grid, the last grid taking whatever cells are left.
		 */
		private List<List<Cell>> gridCells() {
			List<Cell> order = new ArrayList<>();
			for (int band = 0; band < columns; band += 2) {
				int width = Math.min(2, columns - band);
				for (int row = 0; row < scale.latticeRows(); row++) {
					for (int k = 0; k < width; k++) {
						int col = row % 2 == 0 ? band + k : band + width - 1 - k;
						order.add(new Cell(firstColumn + col, row));
					}
				}
			}
			List<List<Cell>> grids = new ArrayList<>();
			for (int g = 0; g < this.grids; g++) {
				grids.add(g < this.grids - 1 ? List.of(order.get(g)) : List.copyOf(order.subList(g, order.size())));
			}
			return grids;
		}

		/** AB partners: grids paired along the serpentine, so partners always share an edge. */
		private Map<String, String> partners(List<List<Cell>> serpentine, Map<List<Cell>, String> codes) {
			Map<String, String> partners = new LinkedHashMap<>();
			for (int i = 0; i + 1 < serpentine.size(); i += 2) {
				String a = codes.get(serpentine.get(i));
				String b = codes.get(serpentine.get(i + 1));
				partners.put(a, b);
				partners.put(b, a);
			}
			return partners;
		}
	}

	private Geometry union(List<Cell> cells) {
		if (cells.size() == 1) {
			return cell(cells.get(0));
		}
		return OverlayNGRobust.union(cells.stream().map(c -> (Geometry) cell(c)).toList());
	}

	private Polygon cell(Cell c) {
		Coordinate nw = corner(c.col(), c.row());
		Coordinate ne = corner(c.col() + 1, c.row());
		Coordinate se = corner(c.col() + 1, c.row() + 1);
		Coordinate sw = corner(c.col(), c.row() + 1);
		return GEOMETRY.createPolygon(new Coordinate[] { nw, sw, se, ne, nw.copy() });
	}

	/** A building courtyard: the b-th of n slices across the middle of a cell, with room between them. */
	private Polygon courtyard(Cell c, int b, int n) {
		double width = 0.8 / n;
		double u0 = 0.1 + b * width + width * 0.1;
		double u1 = 0.1 + (b + 1) * width - width * 0.1;
		Coordinate a = inCell(c, u0, 0.25);
		return GEOMETRY.createPolygon(new Coordinate[] { a, inCell(c, u0, 0.75), inCell(c, u1, 0.75), inCell(c, u1, 0.25),
				a.copy() });
	}

	/** The point at (u east, v south) in [0,1]² of a cell, by bilinear interpolation of its corners. */
	private Coordinate inCell(Cell c, double u, double v) {
		Coordinate nw = corner(c.col(), c.row());
		Coordinate ne = corner(c.col() + 1, c.row());
		Coordinate se = corner(c.col() + 1, c.row() + 1);
		Coordinate sw = corner(c.col(), c.row() + 1);
		double x = (1 - u) * (1 - v) * nw.x + u * (1 - v) * ne.x + u * v * se.x + (1 - u) * v * sw.x;
		double y = (1 - u) * (1 - v) * nw.y + u * (1 - v) * ne.y + u * v * se.y + (1 - u) * v * sw.y;
		return round(new Coordinate(x, y));
	}

	/** A lattice corner, jittered by up to 18 % of a cell; the same (col, row) always gives the same point. */
	private Coordinate corner(int col, int row) {
		SplittableRandom random = new SplittableRandom(seed ^ (col * 0x9E3779B97F4A7C15L) ^ (row * 0xC2B2AE3D27D4EB4FL));
		boolean edge = col == 0 || col == columns || row == 0 || row == scale.latticeRows();
		double jitter = edge ? JITTER / 3 : JITTER;
		double x = west + (col + (random.nextDouble() - 0.5) * 2 * jitter) * CELL_LNG;
		double y = north - (row + (random.nextDouble() - 0.5) * 2 * jitter) * CELL_LAT;
		return round(new Coordinate(x, y));
	}

	private static Coordinate round(Coordinate c) {
		GEOMETRY.getPrecisionModel().makePrecise(c);
		return c;
	}
}
