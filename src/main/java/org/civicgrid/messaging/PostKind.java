package org.civicgrid.messaging;

/**
 * The seven uses of a channel post (三级微信平台的七项服务职能), which decide how an outbound message behaves: an
 * {@link #EMERGENCY} goes out at once whatever the hour and whatever the member chose; the others wait for the end
 * of the quiet hours by SMS and reach a member by SMS only if the member's preferences let them.
 */
public enum PostKind {
	/** 发布通知 */
	NOTICE,
	/** 预约服务 */
	APPOINTMENT,
	/** 精神传达 */
	STUDY,
	/** 传递能量 */
	GOOD_NEWS,
	/** 政策咨询 */
	QUESTION,
	/** 收集建议 */
	SUGGESTION,
	/** 联动应急 */
	EMERGENCY;

	public boolean isEmergency() {
		return this == EMERGENCY;
	}
}
