package org.civicgrid.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The indicators of every group and of all of them together, with the weights the composite score used. */
public record IndicatorReport(LocalDate from, LocalDate to, IndicatorQuery.GroupBy groupBy, String region,
		Map<String, Integer> weights, IndicatorRow total, List<IndicatorRow> groups) {
}
