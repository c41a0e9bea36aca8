package org.civicgrid.messaging;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a channel post is: one of the seven uses of the seed's groups (三级微信平台的七项服务职能) — 发布通知, 预约服务,
 * 精神传达, 传递能量, 政策咨询, 收集建议, 联动应急 — or what the channels add to them: a reply in a thread, a step of a
 * forwarded post or its case posted back into the thread, and the copy of a forwarded post in the channel above. The
 * kind also decides how an outbound message behaves: an {@link #EMERGENCY} goes out at once whatever the hour and
 * whatever the member chose; the other uses wait for the end of the quiet hours by SMS and reach a member by SMS
 * only if the member's preferences let them.
 */
public enum PostKind {
	/** 发布通知 */
	NOTICE,
	/** 预约服务 */
	APPOINTMENT,
	/** 精神传达 */
	RELAY,
	/** 传递能量 */
	GOOD_NEWS,
	/** 政策咨询 */
	QUESTION,
	/** 收集建议 */
	SUGGESTION,
	/** 联动应急 */
	EMERGENCY,
	/** A reply in a thread. */
	REPLY,
	/** A step of a forwarded post or of its case, posted back into the thread it came from. */
	CASE_STEP,
	/** The copy of a forwarded post in the channel above. */
	FORWARDED;

	/** The seven uses: what a member chooses to receive by SMS, and what an outbound message may be. */
	public static final Set<PostKind> USES = EnumSet.range(NOTICE, EMERGENCY);

	public boolean isEmergency() {
		return this == EMERGENCY;
	}

	/** The kind as the API's input names it: {@code good-news}. */
	public String wire() {
		return name().toLowerCase().replace('_', '-');
	}
}
