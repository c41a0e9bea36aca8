package org.civicgrid.services.internal.requests;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which ratings call for a call-back (回访): every score up to {@code badAtMost} (差评), and {@code samplePercent} of
 * the others, spread evenly over the ratings as they come.
 */
@ConfigurationProperties("civicgrid.services.callback")
public record CallbackSettings(@DefaultValue("2") int badAtMost, @DefaultValue("10") int samplePercent) {

	public CallbackSettings {
		if (samplePercent < 0 || samplePercent > 100) {
			throw new IllegalArgumentException("civicgrid.services.callback.sample-percent is from 0 to 100");
		}
	}
}
