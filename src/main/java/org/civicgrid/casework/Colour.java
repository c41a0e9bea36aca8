package org.civicgrid.casework;

/** The status board's three colours (三色管理). */
public enum Colour {

	/** On track: less than 80 % of the time limit used. */
	GREEN,
	/** Close to the limit: 80 % or more used. */
	YELLOW,
	/** Overdue: the limit is used up. */
	RED
}
