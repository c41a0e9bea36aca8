package org.civicgrid.casework;

/** The cards a supervisor (督办) hands out: yellow to warn, red for a case that is overdue or stuck. */
public enum SupervisionCard {
	YELLOW, RED
}
