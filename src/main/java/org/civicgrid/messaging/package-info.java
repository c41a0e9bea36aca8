/**
 * Three-level messaging (三级联动平台): the street office's internal channel, one channel per community and one per
 * building courtyard (楼院), their members by post and by joining, posts of seven kinds, forwarding a resident's post
 * up level by level until it becomes a case, live delivery to open pages and outbound SMS and WeCom. The inbox stays
 * a person's own notifications. See {@code docs/messaging.md}.
 */
@ApplicationModule(displayName = "Messaging", allowedDependencies = { "identity", "region", "registry", "casework",
		"services" })
package org.civicgrid.messaging;

import org.springframework.modulith.ApplicationModule;
