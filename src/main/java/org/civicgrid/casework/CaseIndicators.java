package org.civicgrid.casework;

import org.civicgrid.shared.Caller;

/**
 * Evaluation indicators (GB/T 30428 综合评价) per region, department or person over a period, scoped to the caller:
 * staff see their region's, department handlers their department's; residents and volunteers none.
 */
public interface CaseIndicators {

	IndicatorReport indicators(Caller caller, IndicatorQuery query);
}
