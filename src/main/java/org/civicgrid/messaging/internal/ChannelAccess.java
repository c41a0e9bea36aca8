package org.civicgrid.messaging.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.Role;

/**
 * Who is in a channel and what they may do there, by one rule. Staff are members by their post: everyone working
 * in a street is in its internal channel (building leaders excepted: level 1 is the office's), a community's staff
 * and grid workers (building leaders too) in its channel, and in a courtyard's channel whoever works at or above it
 * within its community (the community's staff, the grid's workers, the building leader). Staff above a community
 * read its channels (supervision) without being in them. Everyone else is a member once their joining
 * was confirmed. Owners (群主) are the staff whose scope covers the channel from the community up; moderators the
 * grid's workers and the building leader by post, and members made so.
 */
final class ChannelAccess {

	private static final Set<Role> OWNERS = EnumSet.of(Role.ADMIN, Role.LEADER, Role.STREET_STAFF, Role.SUPERVISOR,
			Role.COMMUNITY_STAFF);

	private static final Set<Role> MODERATORS = EnumSet.of(Role.GRID_LEADER, Role.GRID_WORKER, Role.BUILDING_LEADER);

	private ChannelAccess() {
	}

	/** Whether staff are in the channel by their post. */
	static boolean byPost(Caller caller, Channel channel) {
		if (!caller.role().isStaff()) {
			return false;
		}
		Optional<RegionCode> post = RegionCode.parse(caller.regionCode());
		if (post.isEmpty()) {
			return false;
		}
		RegionCode at = post.get();
		RegionCode region = RegionCode.of(channel.regionCode());
		return switch (channel.level()) {
			case STREET -> caller.role() != Role.BUILDING_LEADER && (region.isWithin(at) || at.isWithin(region));
			case COMMUNITY -> at.isWithin(region);
			case COURTYARD -> at.level().compareTo(RegionLevel.COMMUNITY) >= 0 && region.isWithin(at);
		};
	}

	static boolean owns(Caller caller, Channel channel) {
		return OWNERS.contains(caller.role()) && caller.scope().covers(channel.regionCode()) && byPost(caller, channel);
	}

	static boolean moderatesByPost(Caller caller, Channel channel) {
		return MODERATORS.contains(caller.role()) && byPost(caller, channel);
	}

	/** Staff whose scope covers a channel may read it (supervision) without being in it. */
	static boolean supervises(Caller caller, Channel channel) {
		return caller.role().isStaff() && caller.scope().covers(channel.regionCode());
	}
}
