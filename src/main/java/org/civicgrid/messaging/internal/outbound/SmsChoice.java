package org.civicgrid.messaging.internal.outbound;

import org.civicgrid.messaging.PostKind;

/**
 * Whether one kind of post reaches a member by SMS; {@code locked} for the emergency, which always does, and
 * {@code chosen} false while the member follows the default.
 */
public record SmsChoice(PostKind kind, boolean sms, boolean locked, boolean chosen) {
}
