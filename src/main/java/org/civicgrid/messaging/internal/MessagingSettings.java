package org.civicgrid.messaging.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code civicgrid.messaging.*}: the flood limit (posts per author within a window), the longest post, and how many
 * missed posts a reconnecting page is sent at most per channel.
 */
@ConfigurationProperties("civicgrid.messaging")
public record MessagingSettings(Integer floodPosts, Duration floodWindow, Integer maxBody, Integer replayLimit) {

	public MessagingSettings {
		floodPosts = floodPosts == null ? 10 : floodPosts;
		floodWindow = floodWindow == null ? Duration.ofMinutes(1) : floodWindow;
		maxBody = maxBody == null ? 2000 : maxBody;
		replayLimit = replayLimit == null ? 200 : replayLimit;
	}
}
