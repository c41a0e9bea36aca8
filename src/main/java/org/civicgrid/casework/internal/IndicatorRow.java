package org.civicgrid.casework.internal;

/**
 * The evaluation indicators (综合评价) of one group over the cases reported in the period. Rates are fractions
 * (0–1, four decimals), null when nothing is due; scores are 0–100.
 *
 * @param filed cases filed (立案数): every case that got past verification and was neither dismissed nor merged
 * @param closed filed cases closed (结案)
 * @param closedOnTime closed cases whose handler reported back by the deadline
 * @param deferred filed cases deferred (缓办), left out of the closure denominators
 * @param dispatched cases dispatched to a unit or person
 * @param reworked dispatched cases sent back at least once at the check (返工)
 * @param extended dispatched cases granted at least one extension (延期)
 * @param closureRate 结案率 = closed / (filed − deferred)
 * @param onTimeClosureRate 按期结案率 = closed on time / (filed − deferred)
 * @param reworkRate 返工率 = reworked / dispatched
 * @param extensionRate 延期率 = extended / dispatched
 * @param averageHandlingHours natural hours from dispatch to the handler's report, over closed cases
 * @param satisfaction the mean rating (好差评, 1–5) of rated cases
 * @param rated how many cases were rated
 * @param compositeScore 综合指标值, the configured weights over the indicators' scores
 * @param grade A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, else E
 */
public record IndicatorRow(String key, String name, long filed, long closed, long closedOnTime, long deferred,
		long dispatched, long reworked, long extended, Double closureRate, Double onTimeClosureRate, Double reworkRate,
		Double extensionRate, Double averageHandlingHours, Double satisfaction, long rated, Double compositeScore,
		String grade) {
}
