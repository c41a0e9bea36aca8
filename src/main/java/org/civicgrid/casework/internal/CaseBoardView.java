package org.civicgrid.casework.internal;

import java.util.List;
import java.util.Map;

import org.civicgrid.casework.CaseStatus;
import org.civicgrid.casework.CaseView;
import org.civicgrid.casework.Colour;

/**
 * The dispatcher's board (调度看板) in the caller's reach: how many cases stand in each status, how many open cases
 * are green, yellow and red (三色管理), and the newest open cases.
 */
public record CaseBoardView(Map<CaseStatus, Long> byStatus, Map<Colour, Long> byColour, List<CaseView> open) {
}
