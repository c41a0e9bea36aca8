package org.civicgrid.casework.internal;

import java.util.List;
import java.util.Map;

import org.civicgrid.casework.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sources allowed to post alarms. Only the SHA-256 of each token is configured, never the token.
 *
 * @param sources one entry per camera platform or sensor network
 */
@ConfigurationProperties("civicgrid.casework.alarms")
record AlarmSettings(List<Source> sources) {

	AlarmSettings {
		sources = sources == null ? List.of() : List.copyOf(sources);
	}

	/**
	 * @param name the source's name, recorded as the reporter ({@code alarm:<name>})
	 * @param tokenSha256 the SHA-256 of its token, hex
	 * @param channel IOT or VIDEO
	 * @param region the region code its devices lie in; an alarm outside it is refused (anywhere in the installation's
	 * regions unless set)
	 * @param types alarm type → small class code
	 */
	record Source(String name, String tokenSha256, Channel channel, String region, Map<String, String> types) {

		Source {
			channel = channel == null ? Channel.IOT : channel;
			region = region == null ? "" : region.strip();
			types = types == null ? Map.of() : Map.copyOf(types);
		}
	}
}
