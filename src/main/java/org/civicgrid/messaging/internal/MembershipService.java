package org.civicgrid.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining by a channel's code (the courtyard's QR poster), confirmed by its owner or a moderator; leaving;
 * removing and muting by the owner. Staff are members by their post and neither join nor leave. Every moderation
 * step is written to the channel's moderation log.
 */
@Service
public class MembershipService {

	private final StoredChannels channels;
	private final StoredMembers members;
	private final ChannelService access;
	private final ResidentCheck residents;
	private final Clock clock;

	MembershipService(StoredChannels channels, StoredMembers members, ChannelService access, ResidentCheck residents,
			Clock clock) {
		this.channels = channels;
		this.members = members;
		this.access = access;
		this.residents = residents;
		this.clock = clock;
	}

	/** The channel a scanned code opens, for the join page to name it; 422 naming {@code code} when unknown. */
	@Transactional(readOnly = true)
	public Channel joinable(String code) {
		if (code == null || code.isBlank()) {
			throw new InvalidInputException(List.of(FieldProblem.of("code", "messaging.join.code-required")));
		}
		return channels.byJoinCode(code.strip().toUpperCase(java.util.Locale.ROOT))
			.orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of("code", "messaging.join.code-unknown"))));
	}

	/** The channel whose poster staff print: theirs to moderate. */
	@Transactional(readOnly = true)
	public Channel poster(Caller caller, long channelId) {
		return moderated(caller, channelId);
	}

	/** A resident, unit or shop asks to join the channel whose code they scanned. */
	@Transactional
	public Member ask(Caller caller, String code, String kind, String note) {
		if (caller.role().isStaff()) {
			throw ConflictException.on("code", "messaging.join.staff-by-post");
		}
		String k = kind == null || kind.isBlank() ? "RESIDENT" : kind.strip().toUpperCase(java.util.Locale.ROOT);
		if (!List.of("RESIDENT", "UNIT", "SHOP").contains(k)) {
			throw new InvalidInputException(List.of(FieldProblem.of("kind", "messaging.join.kind-unknown", kind)));
		}
		Channel channel = joinable(code);
		String said = note == null ? null : note.strip();
		if (said != null && said.length() > 200) {
			throw new InvalidInputException(List.of(FieldProblem.of("note", "messaging.join.note-too-long", 200)));
		}
		if (!members.ask(channel.id(), caller.accountId(), caller.username(), caller.displayName(), k, null, null, said,
				clock.instant())) {
			Member already = members.find(channel.id(), caller.accountId()).orElseThrow();
			throw ConflictException.on("code", "messaging.join.already." + already.state(), channel.name());
		}
		return members.find(channel.id(), caller.accountId()).orElseThrow();
	}

	/** The channel's members in a state (PENDING: those waiting to be confirmed), for its owner and moderators. */
	@Transactional(readOnly = true)
	public List<Member> members(Caller caller, long channelId, String state) {
		Channel channel = moderated(caller, channelId);
		String s = state == null || state.isBlank() ? "ACTIVE" : state.strip().toUpperCase(java.util.Locale.ROOT);
		if (!List.of("PENDING", "ACTIVE", "LEFT", "REMOVED", "REFUSED").contains(s)) {
			throw new InvalidInputException(List.of(FieldProblem.of("state", "messaging.member.state-unknown", state)));
		}
		return members.of(channel.id(), s);
	}

	/** Confirms or refuses a pending request to join. */
	@Transactional
	public Member decide(Caller caller, long channelId, long accountId, boolean approve) {
		return decide(caller, channelId, accountId, approve, null);
	}

	/**
	 * Confirms or refuses a pending request to join; a confirmation naming the registry person the member is (staff
	 * only, the person living where the channel is) links them, so what reaches people reaches the member.
	 */
	@Transactional
	public Member decide(Caller caller, long channelId, long accountId, boolean approve, Long personId) {
		Channel channel = moderated(caller, channelId);
		Long person = approve && personId != null ? residents.livingIn(caller, channel, personId) : null;
		Instant now = clock.instant();
		if (!members.move(channel.id(), accountId, "PENDING", approve ? "ACTIVE" : "REFUSED", caller.username(), now)) {
			throw notPending(channel, accountId);
		}
		if (person != null) {
			members.link(channel.id(), accountId, person);
		}
		members.moderation(channel.id(), approve ? "APPROVE" : "REFUSE", "account:" + accountId, null,
				caller.username(), now);
		return members.find(channel.id(), accountId).orElseThrow();
	}

	/** The owner removes a member: gone from the channel at once, on every page and node. */
	@Transactional
	public Member remove(Caller caller, long channelId, long accountId, String reason) {
		Channel channel = owned(caller, channelId);
		Instant now = clock.instant();
		if (!members.move(channel.id(), accountId, "ACTIVE", "REMOVED", caller.username(), now)) {
			throw notPending(channel, accountId);
		}
		members.moderation(channel.id(), "REMOVE", "account:" + accountId, reason, caller.username(), now);
		dropLive(channel.id(), accountId);
		return members.find(channel.id(), accountId).orElseThrow();
	}

	/** The owner mutes a member for some minutes (0 lifts it). */
	@Transactional
	public Member mute(Caller caller, long channelId, long accountId, int minutes, String reason) {
		Channel channel = owned(caller, channelId);
		if (minutes < 0 || minutes > 7 * 24 * 60) {
			throw new InvalidInputException(List.of(FieldProblem.of("minutes", "messaging.member.mute-range")));
		}
		Member m = members.find(channel.id(), accountId).filter(Member::active)
			.orElseThrow(() -> notPending(channel, accountId));
		Instant now = clock.instant();
		members.mute(channel.id(), m.accountId(), minutes == 0 ? null : now.plus(Duration.ofMinutes(minutes)));
		members.moderation(channel.id(), minutes == 0 ? "UNMUTE" : "MUTE", "account:" + accountId, reason,
				caller.username(), now);
		return members.find(channel.id(), accountId).orElseThrow();
	}

	/** A member leaves. */
	@Transactional
	public void leave(Caller caller, long channelId) {
		Channel channel = channels.find(channelId).orElseThrow(() -> ChannelService.notFound(channelId));
		if (!members.move(channel.id(), caller.accountId(), "ACTIVE", "LEFT", caller.username(), clock.instant())) {
			throw ChannelService.notFound(channelId);
		}
		dropLive(channel.id(), caller.accountId());
	}

	/** Tells every node, at commit, to stop sending the channel to this account's open pages. */
	private void dropLive(long channel, long account) {
		access.tell("drop:" + channel + ":" + account);
	}

	private Channel moderated(Caller caller, long channelId) {
		Channel channel = access.readable(caller, channelId);
		if (!access.moderates(caller, channel)) {
			throw new NotPermittedException("messaging.member.owners-only");
		}
		return channel;
	}

	private Channel owned(Caller caller, long channelId) {
		Channel channel = access.readable(caller, channelId);
		if (!ChannelAccess.owns(caller, channel)) {
			throw new NotPermittedException("messaging.member.owners-only");
		}
		return channel;
	}

	private static NotFoundException notPending(Channel channel, long accountId) {
		return new NotFoundException("messaging.member.not-found", accountId, channel.name());
	}
}
