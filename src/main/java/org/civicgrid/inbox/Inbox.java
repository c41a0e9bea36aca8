package org.civicgrid.inbox;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.PageRequest;
import org.civicgrid.shared.Paged;

/**
 * One person's messages. Everyone signed in has an inbox and sees only their own: another person's message is
 * answered like one that does not exist (404), so ids reveal nothing.
 */
public interface Inbox {

	/** Newest first; only the unread ones when {@code unreadOnly}. */
	Paged<InboxMessage> list(Caller caller, boolean unreadOnly, PageRequest page);

	long unreadCount(Caller caller);

	/** Marks one message read (again is fine) and answers it; 404 unless it is the caller's. */
	InboxMessage markRead(Caller caller, long id);

	/** Marks every unread message read; answers how many were unread. */
	int markAllRead(Caller caller);
}
