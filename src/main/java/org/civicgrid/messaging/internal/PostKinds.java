package org.civicgrid.messaging.internal;

import java.util.EnumSet;
import java.util.Set;

import org.civicgrid.messaging.PostKind;

/** Who may post which {@link PostKind}. */
final class PostKinds {

	/** What a resident, a unit or a shop may post; the rest is the staff's. */
	static final Set<PostKind> MEMBERS_MAY = EnumSet.of(PostKind.GOOD_NEWS, PostKind.QUESTION, PostKind.SUGGESTION,
			PostKind.REPLY);

	/** What nobody posts by hand: forwarding writes the copies above and the steps back into the thread. */
	static final Set<PostKind> SYSTEM = EnumSet.of(PostKind.CASE_STEP, PostKind.FORWARDED);

	/** What staff may forward up to a case: a resident's own words. */
	static final Set<PostKind> FORWARDABLE = EnumSet.of(PostKind.GOOD_NEWS, PostKind.QUESTION, PostKind.SUGGESTION);

	private PostKinds() {
	}
}
