package org.civicgrid.messaging.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.messaging.Outbound;
import org.civicgrid.messaging.OutboundContent;
import org.civicgrid.messaging.OutboundRecipient;
import org.civicgrid.messaging.OutboundRequest;
import org.civicgrid.messaging.PostKind;
import org.civicgrid.messaging.internal.outbound.WeComSettings;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A channel's WeCom group robot (企业微信群机器人): many street offices keep their WeCom groups beside the channels,
 * so the staff's notices, appointments, relays and emergencies of a linked channel also go to its robot through
 * {@link Outbound} (recorded in the post's transaction, sent after commit, once per post), as text naming the
 * channel. Residents' posts stay in the channel. Owners link and unlink a robot configured under
 * {@code civicgrid.messaging.wecom.robots} ({@link RobotLinks}).
 */
@Component
public class ChannelRobots {

	static final Set<PostKind> RELAYED = EnumSet.of(PostKind.NOTICE, PostKind.APPOINTMENT, PostKind.RELAY,
			PostKind.EMERGENCY);

	private final JdbcClient jdbc;
	private final Outbound outbound;
	private final WeComSettings robots;

	ChannelRobots(JdbcClient jdbc, Outbound outbound, WeComSettings robots) {
		this.jdbc = jdbc;
		this.outbound = outbound;
		this.robots = robots;
	}

	/** The robots configured on this node, by name, for an owner to choose from. */
	public List<String> configured() {
		return robots.robots().keySet().stream().sorted().toList();
	}

	/** Links the channel to a configured robot, or unlinks it ({@code name} null); 422 naming {@code robot} when unknown. */
	void set(long channelId, String name) {
		if (name != null && robots.keyOf(name).isEmpty()) {
			throw new InvalidInputException(List.of(FieldProblem.of("robot", "messaging.robot.unknown", name)));
		}
		jdbc.sql("update msg_channel set robot = :robot where id = :id").param("robot", name).param("id", channelId)
			.update();
	}

	/** Sends a staff's post of a relayed kind to the channel's robot. */
	void relay(Channel channel, Post post, String robot) {
		if (!post.authorStaff() || !RELAYED.contains(post.kind()) || post.parentId() != null) {
			return;
		}
		outbound.send(new OutboundRequest("post:" + post.id() + ":robot", OutboundRecipient.robot(robot), post.kind(),
				channel.regionCode(), OutboundContent.text("【" + channel.name() + "】"
						+ (post.title() == null ? "" : post.title() + "\n") + post.body())));
	}

	Optional<String> robotOf(long channelId) {
		return jdbc.sql("select robot from msg_channel where id = :id and robot is not null").param("id", channelId)
			.query(String.class).optional();
	}
}
