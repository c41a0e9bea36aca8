package org.civicgrid.casework;

/** An open case of the same small class reported within 50 m and 24 h: the new report may be the same problem. */
public record PossibleDuplicate(long id, String number, int distanceMetres) {
}
