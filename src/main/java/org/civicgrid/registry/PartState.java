package org.civicgrid.registry;

/** The state of an infrastructure part (部件状态), GB/T 30428.2: in use, damaged, lost, removed. */
public enum PartState {
	IN_USE, DAMAGED, LOST, REMOVED
}
