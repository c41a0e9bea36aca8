package org.civicgrid.demo;

/**
 * How big a generated area is. Grids are laid on a lattice of cells about 370 m × 390 m; streets take bands of
 * columns, communities take runs of adjacent cells, grids take one cell each (the last grid of a street takes
 * any cells left over), building courtyards sit inside their grid.
 */
public record DemoScale(String districtCode, int streets, int communities, int grids, int buildings, int latticeRows) {

	/** 如意湖街道 as the articles describe it: 8 communities, 56 grids, 61 building courtyards. */
	public static final DemoScale RUYIHU = new DemoScale("410105", 1, 8, 56, 61, 7);

	/** A district as large as the articles' biggest: 57 communities, 455 grids, 3,444 buildings. */
	public static final DemoScale DISTRICT = new DemoScale("410105", 8, 57, 455, 3444, 16);

	public DemoScale {
		if (streets < 1 || communities < streets || grids < communities || buildings < 0 || latticeRows < 1) {
			throw new IllegalArgumentException("Each street needs a community and each community a grid: " + this);
		}
		if (streets > 20) {
			throw new IllegalArgumentException("A district holds at most 20 generated streets");
		}
	}

	/** Only grids, for benchmarks of the point lookup: {@code grids} grids in streets of 500. */
	public static DemoScale ofGrids(int grids) {
		int streets = Math.min(20, Math.max(1, grids / 500));
		return new DemoScale("410105", streets, Math.max(streets, grids / 8), grids, 0,
				(int) Math.max(4, Math.round(Math.sqrt(grids / (double) streets))));
	}
}
