package org.civicgrid.casework.internal;

import java.util.List;
import java.util.Map;


/**
 * Rates and the composite score (综合指标值) from the counts: each weighted indicator scored 0–100 (the filed count
 * against the busiest group, rates as percentages, rework and extension as 100 − rate, satisfaction as mean
 * rating / 5), weighted by the configured percentages; an indicator with nothing to measure (no rated case, nothing
 * dispatched) is left out and the other weights count in proportion. Grades as published: A ≥ 90, B ≥ 75, C ≥ 60,
 * D ≥ 40, else E.
 */
final class IndicatorScores {

	static final IndicatorFigures.Counts NONE = new IndicatorFigures.Counts(null, 0, 0, 0, 0, 0, 0, 0, null, null, 0);

	private final Map<String, Integer> weights;
	private final long busiest;

	IndicatorScores(Map<String, Integer> weights, List<IndicatorFigures.Counts> counts) {
		this.weights = weights;
		this.busiest = counts.stream().filter(c -> c.key() != null).mapToLong(IndicatorFigures.Counts::filed).max()
			.orElse(0);
	}

	IndicatorRow row(IndicatorFigures.Counts c, String name, boolean total) {
		long due = c.filed() - c.deferred();
		Double closure = ratio(c.closed(), due);
		Double onTime = ratio(c.closedOnTime(), due);
		Double rework = ratio(c.reworked(), c.dispatched());
		Double extension = ratio(c.extended(), c.dispatched());
		Double hours = c.handlingSeconds() == null ? null : round(c.handlingSeconds() / 3600.0, 2);
		Double satisfaction = c.satisfaction() == null ? null : round(c.satisfaction(), 2);
		Double filedScore = total ? (c.filed() > 0 ? 100.0 : null)
				: busiest == 0 ? null : 100.0 * c.filed() / busiest;
		double weighted = 0;
		double weightUsed = 0;
		for (var weight : weights.entrySet()) {
			Double score = switch (weight.getKey()) {
				case "filed" -> filedScore;
				case "closure" -> percent(closure);
				case "onTimeClosure" -> percent(onTime);
				case "rework" -> rework == null ? null : 100 - rework * 100;
				case "extension" -> extension == null ? null : 100 - extension * 100;
				case "satisfaction" -> c.satisfaction() == null ? null : c.satisfaction() / 5 * 100;
				default -> null;
			};
			if (score != null && weight.getValue() > 0) {
				weighted += score * weight.getValue();
				weightUsed += weight.getValue();
			}
		}
		Double composite = weightUsed == 0 ? null : round(weighted / weightUsed, 1);
		return new IndicatorRow(c.key(), name, c.filed(), c.closed(), c.closedOnTime(), c.deferred(), c.dispatched(),
				c.reworked(), c.extended(), closure, onTime, rework, extension, hours, satisfaction, c.rated(), composite,
				grade(composite));
	}

	static String grade(Double score) {
		if (score == null) {
			return null;
		}
		return score >= 90 ? "A" : score >= 75 ? "B" : score >= 60 ? "C" : score >= 40 ? "D" : "E";
	}

	private static Double ratio(long part, long whole) {
		return whole <= 0 ? null : round((double) part / whole, 4);
	}

	private static Double percent(Double rate) {
		return rate == null ? null : rate * 100;
	}

	private static double round(double value, int decimals) {
		double factor = Math.pow(10, decimals);
		return Math.round(value * factor) / factor;
	}
}
