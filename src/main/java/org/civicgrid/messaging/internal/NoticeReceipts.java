package org.civicgrid.messaging.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.civicgrid.messaging.Outbound;
import org.civicgrid.messaging.OutboundContent;
import org.civicgrid.messaging.OutboundRecipient;
import org.civicgrid.messaging.OutboundRequest;
import org.civicgrid.messaging.PostKind;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.NotPermittedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 发布通知 with "confirm read": for the channel's owners and moderators, who has confirmed the notice and who has
 * not (everyone in the channel but its author, staff by post included), and a reminder by SMS to those who have not
 * and whom the registry knows, once per notice and member whatever the clicks (the delivery's message key), through
 * the quiet hours and each member's SMS choices like any notice.
 */
@Service
@Transactional
public class NoticeReceipts {

	/** The notice with the people who confirmed it and those who have not. */
	public record Receipts(Post notice, List<ChannelRoster.Person> confirmed, List<ChannelRoster.Person> waiting) {
	}

	/** What a reminder did: SMS asked for, members without a registry person (no phone), and those asked before. */
	public record Reminded(int sent, int unreachable, int already) {
	}

	private final StoredPosts posts;
	private final ChannelService channels;
	private final StoredChannels stored;
	private final ChannelRoster roster;
	private final Outbound outbound;
	private final NoticeSettings settings;

	NoticeReceipts(StoredPosts posts, ChannelService channels, StoredChannels stored, ChannelRoster roster,
			Outbound outbound, NoticeSettings settings) {
		this.posts = posts;
		this.channels = channels;
		this.stored = stored;
		this.roster = roster;
		this.outbound = outbound;
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	public Receipts of(Caller caller, long postId) {
		Post notice = notice(caller, postId);
		Channel channel = stored.find(notice.channelId()).orElseThrow();
		Set<Long> confirmed = new HashSet<>(posts.receiptAccounts(postId));
		List<ChannelRoster.Person> yes = new ArrayList<>();
		List<ChannelRoster.Person> no = new ArrayList<>();
		for (ChannelRoster.Person p : roster.of(channel)) {
			if (notice.authorId() != null && p.accountId() == notice.authorId()) {
				continue;
			}
			(confirmed.contains(p.accountId()) ? yes : no).add(p);
		}
		return new Receipts(notice, yes, no);
	}

	/** Reminds those who have not confirmed, by SMS where the registry knows them. */
	public Reminded remind(Caller caller, long postId) {
		Receipts receipts = of(caller, postId);
		Channel channel = stored.find(receipts.notice().channelId()).orElseThrow();
		int sent = 0;
		int unreachable = 0;
		int already = 0;
		for (ChannelRoster.Person p : receipts.waiting()) {
			if (p.personId() == null) {
				unreachable++;
				continue;
			}
			var receipt = outbound.send(new OutboundRequest("notice:" + postId + ":unconfirmed",
					OutboundRecipient.member(p.accountId(), p.personId()), PostKind.NOTICE, channel.regionCode(),
					OutboundContent.sms(settings.smsTemplate(), SmsVariables.of(receipts.notice().title() != null ? receipts.notice().title()
							: receipts.notice().body(), channel))));
			if (receipt.duplicate()) {
				already++;
			}
			else {
				sent++;
			}
		}
		return new Reminded(sent, unreachable, already);
	}

	private Post notice(Caller caller, long postId) {
		Post post = posts.find(postId, caller.accountId()).orElseThrow(() -> ChannelService.postNotFound(postId));
		Channel channel = channels.readable(caller, post.channelId());
		if (!channels.moderates(caller, channel)) {
			throw new NotPermittedException("messaging.member.owners-only");
		}
		if (!post.confirmRead()) {
			throw ConflictException.on("postId", "messaging.confirm.not-asked");
		}
		return post;
	}
}
