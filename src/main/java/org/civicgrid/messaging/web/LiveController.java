package org.civicgrid.messaging.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.messaging.internal.ChannelService;
import org.civicgrid.messaging.internal.ChannelSummary;
import org.civicgrid.messaging.internal.LiveFeed;
import org.civicgrid.shared.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live stream of new posts in all the caller's channels, for pages (session) and the API (token) alike. */
@RestController
@Tag(name = "messaging")
class LiveController {

	private final ChannelService channels;
	private final LiveFeed feed;

	LiveController(ChannelService channels, LiveFeed feed) {
		this.channels = channels;
		this.feed = feed;
	}

	@GetMapping(path = { "/api/v1/messaging/live", "/messaging/live" }, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Server-Sent Events: each new post of the caller's channels as a post event; its id is "
			+ "where the reader stands in each channel, and a reconnect (Last-Event-ID) is sent what it missed")
	SseEmitter live(@AuthenticationPrincipal Caller caller,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@RequestParam(name = "from", required = false) String from) {
		Map<Long, Long> current = new LinkedHashMap<>();
		for (ChannelSummary s : channels.mine(caller)) {
			current.put(s.channel().id(), s.channel().lastSeq());
		}
		return feed.open(caller, current, lastEventId != null ? lastEventId : from);
	}
}
