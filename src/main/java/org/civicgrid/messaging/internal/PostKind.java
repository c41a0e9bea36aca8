package org.civicgrid.messaging.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The seven uses of the seed's groups, plus a reply in a thread, the steps of a forwarded post and of its case
 * posted back into the thread it came from, and the copy of a forwarded post in the channel above: 发布通知, 预约服务,
 * 精神传达, 传递能量, 政策咨询, 收集建议, 联动应急.
 */
public enum PostKind {
	NOTICE, APPOINTMENT, RELAY, GOOD_NEWS, QUESTION, SUGGESTION, EMERGENCY, REPLY, CASE_STEP, FORWARDED;

	/** What a resident, a unit or a shop may post; the rest is the staff's. */
	static final Set<PostKind> MEMBERS_MAY = EnumSet.of(GOOD_NEWS, QUESTION, SUGGESTION, REPLY);

	/** What nobody posts by hand: forwarding writes the copies above and the steps back into the thread. */
	static final Set<PostKind> SYSTEM = EnumSet.of(CASE_STEP, FORWARDED);

	/** What staff may forward up to a case: a resident's own words. */
	static final Set<PostKind> FORWARDABLE = EnumSet.of(GOOD_NEWS, QUESTION, SUGGESTION);

	public String wire() {
		return name().toLowerCase().replace('_', '-');
	}
}
