package org.civicgrid.messaging.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.messaging.internal.Channel;
import org.civicgrid.messaging.internal.ChannelService;
import org.civicgrid.messaging.internal.ChannelSummary;
import org.civicgrid.messaging.internal.NewPost;
import org.civicgrid.messaging.internal.Post;
import org.civicgrid.shared.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/messaging")
@Tag(name = "messaging", description = "Three-level channels (三级联动平台): the caller's channels with unread counts, "
		+ "a channel's stream, posting by kind, reading, confirming notices and acknowledging emergencies")
class MessagingApiController {

	/** A channel with the caller's part in it. */
	record ChannelView(Channel channel, String part, long unread) {
	}

	/** Where the reader has read to. */
	record ReadUpTo(long seq) {
	}

	private final ChannelService channels;

	MessagingApiController(ChannelService channels) {
		this.channels = channels;
	}

	@GetMapping("/channels")
	@Operation(summary = "The caller's channels (staff by their post, others as confirmed members) with unread counts")
	List<ChannelSummary> mine(@AuthenticationPrincipal Caller caller) {
		return channels.mine(caller);
	}

	@GetMapping("/channels/{id}")
	@Operation(summary = "One channel the caller may read: 404 for a channel they are not in, 403 for staff out of scope")
	ChannelView one(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		Channel channel = channels.readable(caller, id);
		return new ChannelView(channel, channels.part(caller, channel), channels.unread(caller, channel));
	}

	@GetMapping("/channels/{id}/posts")
	@Operation(summary = "The channel's threads, newest first (pinned on top), before a sequence number")
	List<Post> stream(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "30") int size) {
		return channels.stream(caller, id, before, size);
	}

	@GetMapping("/channels/{id}/posts/since/{seq}")
	@Operation(summary = "Every post of the channel after a sequence number, oldest first (what a page missed)")
	List<Post> since(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long seq) {
		return channels.since(caller, id, seq);
	}

	@GetMapping("/channels/{id}/search")
	@Operation(summary = "The channel's posts containing the words (Chinese or not), newest first")
	List<Post> search(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) String q) {
		return channels.search(caller, id, q);
	}

	@PostMapping("/channels/{id}/posts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Post into a channel the caller is a member of. Residents post good news, questions, "
			+ "suggestions and replies; staff every kind but emergencies (a broadcast). 422 naming the field, 429 "
			+ "for a flood")
	Post post(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody NewPost post) {
		return channels.post(caller, id, post);
	}

	@PostMapping("/channels/{id}/read")
	@Operation(summary = "The caller has read the channel up to a sequence number; answers what is left unread")
	Map<String, Long> read(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody ReadUpTo read) {
		return Map.of("unread", channels.read(caller, id, read.seq()));
	}

	@GetMapping("/posts/{id}/thread")
	@Operation(summary = "A thread: its first post and its replies in order")
	List<Post> thread(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return channels.thread(caller, id);
	}

	@PostMapping("/posts/{id}/confirm")
	@Operation(summary = "Confirm a notice that asks for it, or acknowledge an emergency (once)")
	Post confirm(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return channels.confirm(caller, id);
	}
}
