package org.civicgrid.inbox.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;

import org.civicgrid.inbox.Inbox;
import org.civicgrid.inbox.InboxMessage;
import org.civicgrid.inbox.MessageDelivered;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everyone's inbox, each bounded to its owner's account; delivery for the listeners. */
@Service
@Transactional
class InboxService implements Inbox {

	private final InboxMessages messages;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	InboxService(InboxMessages messages, ApplicationEventPublisher events, Clock clock) {
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Paged<InboxMessage> list(Caller caller, boolean unreadOnly, PageRequest page) {
		return new Paged<>(messages.page(caller.accountId(), unreadOnly, page), page.page(), page.size(),
				messages.count(caller.accountId(), unreadOnly));
	}

	@Override
	@Transactional(readOnly = true)
	public long unreadCount(Caller caller) {
		return messages.count(caller.accountId(), true);
	}

	@Override
	public InboxMessage markRead(Caller caller, long id) {
		messages.markRead(caller.accountId(), id, clock.instant());
		return messages.find(caller.accountId(), id)
			.orElseThrow(() -> new NotFoundException("inbox.not-found", String.valueOf(id)));
	}

	@Override
	public int markAllRead(Caller caller) {
		return messages.markAllRead(caller.accountId(), clock.instant());
	}

	/** Puts the notice into each account's inbox once, and tells later channels about every new message. */
	void deliver(Notice notice, Collection<Long> accountIds) {
		for (Long account : new LinkedHashSet<>(accountIds)) {
			Optional<Long> id = messages.add(account, notice);
			id.ifPresent(messageId -> events.publishEvent(new MessageDelivered(messageId, account, notice.caseId(),
					notice.key(), notice.args(), notice.at())));
		}
	}
}
