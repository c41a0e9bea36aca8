package org.civicgrid.messaging.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The seven uses of the seed's groups, plus a reply in a thread and the steps of a case posted back into the thread
 * it came from: 发布通知, 预约服务, 精神传达, 传递能量, 政策咨询, 收集建议, 联动应急.
 */
public enum PostKind {
	NOTICE, APPOINTMENT, RELAY, GOOD_NEWS, QUESTION, SUGGESTION, EMERGENCY, REPLY, CASE_STEP;

	/** What a resident, a unit or a shop may post; the rest is the staff's. */
	static final Set<PostKind> MEMBERS_MAY = EnumSet.of(GOOD_NEWS, QUESTION, SUGGESTION, REPLY);

	/** What nobody posts by hand: the system writes a case's steps. */
	static final Set<PostKind> SYSTEM = EnumSet.of(CASE_STEP);

	public String wire() {
		return name().toLowerCase().replace('_', '-');
	}
}
