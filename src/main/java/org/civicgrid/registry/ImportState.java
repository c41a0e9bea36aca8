package org.civicgrid.registry;

/** Where an import job stands: rows are still being read, all rows were handled, or the file could not be read. */
public enum ImportState {
	RUNNING, DONE, FAILED
}
