package org.civicgrid.messaging.internal;

import java.util.List;
import java.util.Optional;

import org.civicgrid.shared.Caller;
import org.civicgrid.shared.NotPermittedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which WeCom group robot a channel is linked to, read by whoever reads the channel and set by its owners. */
@Service
@Transactional
public class RobotLinks {

	private final ChannelService channels;
	private final ChannelRobots robots;

	RobotLinks(ChannelService channels, ChannelRobots robots) {
		this.channels = channels;
		this.robots = robots;
	}

	/** The robots configured on this node, by name, for an owner to choose from. */
	public List<String> configured() {
		return robots.configured();
	}

	@Transactional(readOnly = true)
	public Optional<String> of(Caller caller, long channelId) {
		return robots.robotOf(channels.readable(caller, channelId).id());
	}

	/** Links the channel to a configured robot, or unlinks it ({@code robot} blank). */
	public Optional<String> link(Caller caller, long channelId, String robot) {
		Channel channel = channels.readable(caller, channelId);
		if (!ChannelAccess.owns(caller, channel)) {
			throw new NotPermittedException("messaging.member.owners-only");
		}
		String name = robot == null || robot.isBlank() ? null : robot.strip();
		robots.set(channel.id(), name);
		return Optional.ofNullable(name);
	}
}
