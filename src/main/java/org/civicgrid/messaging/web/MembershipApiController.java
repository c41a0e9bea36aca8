package org.civicgrid.messaging.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.civicgrid.messaging.internal.Member;
import org.civicgrid.messaging.internal.MembershipService;
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
@Tag(name = "messaging-members", description = "Joining a channel by its code, confirmed by its owner or a "
		+ "moderator; leaving; removing and muting by the owner")
class MembershipApiController {

	/** The code on the courtyard's poster, what kind of member asks, and a word for the one who confirms. */
	record JoinRequest(String code, String kind, String note) {
	}

	/** Why a member is removed or muted, and for how long. */
	record Approval(Long personId) {
	}

	record Moderation(String reason, Integer minutes) {
	}

	private final MembershipService members;

	MembershipApiController(MembershipService members) {
		this.members = members;
	}

	@PostMapping("/join")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask to join the channel of a code (residents, units, shops); 409 naming code when asked already")
	Member join(@AuthenticationPrincipal Caller caller, @RequestBody JoinRequest join) {
		return members.ask(caller, join.code(), join.kind(), join.note());
	}

	@GetMapping("/channels/{id}/members")
	@Operation(summary = "The channel's joined members in a state (ACTIVE by default, PENDING to confirm)")
	List<Member> list(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) String state) {
		return members.members(caller, id, state);
	}

	@PostMapping("/channels/{id}/members/{account}/approve")
	@Operation(summary = "Confirm a request to join (owner or moderator); staff may name the registry person the member is")
	Member approve(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long account,
			@RequestBody(required = false) Approval approval) {
		return members.decide(caller, id, account, true, approval == null ? null : approval.personId());
	}

	@PostMapping("/channels/{id}/members/{account}/refuse")
	@Operation(summary = "Refuse a request to join (owner or moderator)")
	Member refuse(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long account) {
		return members.decide(caller, id, account, false);
	}

	@PostMapping("/channels/{id}/members/{account}/remove")
	@Operation(summary = "Remove a member at once (owner)")
	Member remove(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long account,
			@RequestBody(required = false) Moderation why) {
		return members.remove(caller, id, account, why == null ? null : why.reason());
	}

	@PostMapping("/channels/{id}/members/{account}/mute")
	@Operation(summary = "Mute a member for some minutes, 0 lifts it (owner)")
	Member mute(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long account,
			@RequestBody Moderation why) {
		return members.mute(caller, id, account, why.minutes() == null ? -1 : why.minutes(), why.reason());
	}

	@PostMapping("/channels/{id}/leave")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Leave a channel one joined")
	void leave(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		members.leave(caller, id);
	}
}
