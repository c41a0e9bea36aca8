package org.civicgrid.registry;

/** Sex as an ID number records it (GB 11643-1999: the 17th digit, odd for men, even for women). */
public enum Sex {
	MALE, FEMALE
}
