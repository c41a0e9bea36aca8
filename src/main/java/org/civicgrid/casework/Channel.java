package org.civicgrid.casework;

/** How a problem came in (信息收集): patrol, a resident's report, the hotline, a group message, video. */
public enum Channel {

	/** Found by staff on patrol or on site. */
	PATROL,
	/** Reported by a resident (随手拍). */
	RESIDENT,
	/** Taken on the hotline by a dispatcher (12345 and the like). */
	HOTLINE,
	/** Forwarded from a three-level group message. */
	GROUP_MESSAGE,
	/** Seen on video surveillance. */
	VIDEO,
	/** Passed down by a higher level. */
	INSTRUCTION,
	/** Raised by a sensor (物联感知: smoke, water level, manhole cover) through the alarm webhook. */
	IOT,
	/** Sent by another system through Open311 GeoReport v2 (a FixMyStreet site, a city app). */
	OPEN311
}
