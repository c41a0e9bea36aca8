package org.civicgrid.casework.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The composite score's weights in percent (综合指标值), summing to 100. The names: {@code filed} (filed count
 * against the busiest group), {@code closure}, {@code onTimeClosure}, {@code rework} and {@code extension}
 * (scored as 1 − rate), {@code satisfaction} (mean rating / 5). Default: one published variant, 立案数 20 % +
 * 结案率 30 % + 按期结案率 40 %, with satisfaction standing in for the supervision report rate at 10 %.
 */
@ConfigurationProperties("civicgrid.casework.indicators")
record IndicatorSettings(Map<String, Integer> weights, Integer maxDays) {

	static final Set<String> NAMES = Set.of("filed", "closure", "onTimeClosure", "rework", "extension", "satisfaction");

	static final Map<String, Integer> DEFAULT_WEIGHTS = defaults();

	IndicatorSettings {
		weights = weights == null || weights.isEmpty() ? DEFAULT_WEIGHTS : Map.copyOf(weights);
		maxDays = maxDays == null ? 3660 : maxDays;
		for (var entry : weights.entrySet()) {
			if (!NAMES.contains(entry.getKey()) || entry.getValue() == null || entry.getValue() < 0) {
				throw new IllegalArgumentException("civicgrid.casework.indicators.weights: '%s' is not one of %s or its weight is negative"
					.formatted(entry.getKey(), NAMES));
			}
		}
		int sum = weights.values().stream().mapToInt(Integer::intValue).sum();
		if (sum != 100) {
			throw new IllegalArgumentException(
					"civicgrid.casework.indicators.weights must sum to 100, not %d: %s".formatted(sum, weights));
		}
	}

	private static Map<String, Integer> defaults() {
		Map<String, Integer> w = new LinkedHashMap<>();
		w.put("filed", 20);
		w.put("closure", 30);
		w.put("onTimeClosure", 40);
		w.put("satisfaction", 10);
		return Map.copyOf(w);
	}
}
