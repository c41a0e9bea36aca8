/**
 * The in-app inbox (站内消息): the steps of a case reach the people whose role they concern, through the casework
 * events, by one rule (a resident only the public steps, nobody their own action; {@code docs/inbox.md}). A message is stored as a bundle key with arguments and worded when read, in the reader's
 * language. Later channels (SMS, WeCom) listen to the same events or to {@link org.civicgrid.inbox.MessageDelivered};
 * see {@code docs/inbox.md}.
 */
@ApplicationModule(displayName = "Inbox", allowedDependencies = { "casework", "identity", "services" })
package org.civicgrid.inbox;

import org.springframework.modulith.ApplicationModule;
