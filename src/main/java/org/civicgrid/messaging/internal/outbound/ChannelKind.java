package org.civicgrid.messaging.internal.outbound;

/** The outbound channels: Alibaba Cloud SMS and WeCom group robots (企业微信群机器人). */
public enum ChannelKind {
	SMS, WECOM_ROBOT
}
