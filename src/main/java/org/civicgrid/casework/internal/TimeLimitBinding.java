package org.civicgrid.casework.internal;

import org.civicgrid.shared.time.TimeLimit;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets configuration write time limits as the catalog does: "15m", "24h", "7d", "4wh", "2wd". */
@Component
@ConfigurationPropertiesBinding
class TimeLimitBinding implements Converter<String, TimeLimit> {

	@Override
	public TimeLimit convert(String source) {
		return TimeLimit.parse(source);
	}
}
