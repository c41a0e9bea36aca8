/**
 * The in-app inbox (站内消息): every step of a case tells its reporter and whoever answers for it, through the
 * casework events. A message is stored as a bundle key with arguments and worded when read, in the reader's
 * language. Later channels (SMS, WeCom) listen to the same events or to {@link org.civicgrid.inbox.MessageDelivered};
 * see {@code docs/inbox.md}.
 */
@ApplicationModule(displayName = "Inbox", allowedDependencies = { "casework", "identity" })
package org.civicgrid.inbox;

import org.springframework.modulith.ApplicationModule;
