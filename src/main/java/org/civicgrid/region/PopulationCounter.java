package org.civicgrid.region;

/**
 * The counters a region shows (户数, 人口), as the registry counts them: the region module keeps them on the
 * region so that its pages need not read the registry (which depends on region, not the other way round).
 */
public record PopulationCounter(String code, int households, int population) {
}
