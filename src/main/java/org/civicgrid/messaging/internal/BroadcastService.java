package org.civicgrid.messaging.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civicgrid.messaging.PostKind;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.FieldProblem;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.NotPermittedException;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 联动应急: one emergency post in every channel of a region and below it, sent by the staff who own that region (the
 * street's staff for a street, a community's for theirs), in one transaction, live on every open page. Each member
 * acknowledges their channel's post; the sender follows the counts; after the acknowledgement time the ones who
 * have not are sent an SMS by {@link BroadcastReminders}.
 */
@Service
public class BroadcastService {

	private static final Set<Role> SENDERS = Set.of(Role.ADMIN, Role.LEADER, Role.STREET_STAFF, Role.SUPERVISOR,
			Role.COMMUNITY_STAFF);

	private final StoredChannels channels;
	private final StoredPosts posts;
	private final ChannelService writer;
	private final ChannelRoster roster;
	private final JdbcClient jdbc;
	private final Clock clock;

	BroadcastService(StoredChannels channels, StoredPosts posts, ChannelService writer, ChannelRoster roster,
			JdbcClient jdbc, Clock clock) {
		this.channels = channels;
		this.posts = posts;
		this.writer = writer;
		this.roster = roster;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What the sender writes: the region it goes to, the words, and the minutes to acknowledge before an SMS. */
	public record NewBroadcast(String regionCode, String title, String body, Integer ackMinutes) {
	}

	@Transactional
	public Broadcast send(Caller caller, NewBroadcast input) {
		if (!SENDERS.contains(caller.role())) {
			throw new NotPermittedException("messaging.broadcast.senders-only");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String region = input.regionCode() == null || input.regionCode().isBlank() ? caller.regionCode()
				: input.regionCode().strip();
		if (RegionCode.parse(region).isEmpty()) {
			problems.add(FieldProblem.of("regionCode", "messaging.broadcast.region-unknown", region));
		}
		if (input.title() == null || input.title().isBlank() || input.title().strip().length() > 100) {
			problems.add(FieldProblem.of("title", "messaging.broadcast.title-required"));
		}
		if (input.body() == null || input.body().isBlank() || input.body().strip().length() > 2000) {
			problems.add(FieldProblem.of("body", "messaging.broadcast.body-required"));
		}
		int minutes = input.ackMinutes() == null ? 10 : input.ackMinutes();
		if (minutes < 1 || minutes > 1440) {
			problems.add(FieldProblem.of("ackMinutes", "messaging.broadcast.minutes-range"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		caller.scope().require(region);
		List<Channel> reached = channels.within(region);
		if (reached.isEmpty()) {
			throw new InvalidInputException(List.of(FieldProblem.of("regionCode", "messaging.broadcast.no-channels",
					region)));
		}
		Instant now = clock.instant();
		long id = jdbc.sql("""
				insert into msg_broadcast (region_code, title, body, ack_minutes, sent_by, sent_at, sms_due_at)
				values (:region, :title, :body, :minutes, :by, :at, :due) returning id""")
			.param("region", region).param("title", input.title().strip()).param("body", input.body().strip())
			.param("minutes", minutes).param("by", caller.username()).param("at", Timestamp.from(now))
			.param("due", Timestamp.from(now.plus(Duration.ofMinutes(minutes)))).query(Long.class).single();
		for (Channel channel : reached) {
			writer.write(channel, new StoredPosts.Row(channel.id(), 0, PostKind.EMERGENCY, null, caller.accountId(),
					caller.displayName(), true, input.title().strip(), input.body().strip(), null, null, false, id,
					now), caller.accountId());
		}
		return view(id);
	}

	@Transactional(readOnly = true)
	public Broadcast get(Caller caller, long id) {
		if (!caller.role().isStaff()) {
			throw notFound(id);
		}
		// who may read it is decided before its rosters are read, which is the costly part
		String region = jdbc.sql("select region_code from msg_broadcast where id = :id").param("id", id)
			.query(String.class).optional().orElseThrow(() -> notFound(id));
		caller.scope().require(region);
		return view(id);
	}

	/** A member who has not acknowledged a broadcast, and the channel they were sent it in. */
	record Unacknowledged(ChannelRoster.Person person, Channel channel) {
	}

	/** The people of the broadcast's channels who have not acknowledged it, each once (in their first channel). */
	List<Unacknowledged> unacknowledged(long id) {
		List<Unacknowledged> left = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (Reach reach : reaches(id)) {
			for (ChannelRoster.Person p : reach.people()) {
				if (!reach.acked().contains(p.accountId()) && seen.add(p.accountId())) {
					left.add(new Unacknowledged(p, reach.channel()));
				}
			}
		}
		return left;
	}

	private Broadcast view(long id) {
		record Row(String region, String title, String body, int minutes, String by, Instant at, Instant due,
				Instant done, Integer count, Integer unreachable) {
		}
		Row row = jdbc.sql("select * from msg_broadcast where id = :id").param("id", id)
			.query((rs, n) -> new Row(rs.getString("region_code"), rs.getString("title"), rs.getString("body"),
					rs.getInt("ack_minutes"), rs.getString("sent_by"), rs.getTimestamp("sent_at").toInstant(),
					rs.getTimestamp("sms_due_at").toInstant(), Optional.ofNullable(rs.getTimestamp("sms_done_at"))
						.map(Timestamp::toInstant).orElse(null), (Integer) rs.getObject("sms_count"),
					(Integer) rs.getObject("sms_unreachable")))
			.optional().orElseThrow(() -> notFound(id));
		List<Broadcast.ChannelAcks> acks = new ArrayList<>();
		Set<Long> reached = new HashSet<>();
		Set<Long> acknowledged = new HashSet<>();
		for (Reach reach : reaches(id)) {
			int count = 0;
			for (ChannelRoster.Person p : reach.people()) {
				reached.add(p.accountId());
				if (reach.acked().contains(p.accountId())) {
					acknowledged.add(p.accountId());
					count++;
				}
			}
			acks.add(new Broadcast.ChannelAcks(reach.channel().id(), reach.channel().name(), reach.postId(),
					reach.people().size(), count));
		}
		return new Broadcast(id, row.region(), row.title(), row.body(), row.minutes(), row.by(), row.at(), row.due(),
				row.done(), row.count(), row.unreachable(), reached.size(), acknowledged.size(), acks);
	}

	/** One channel the broadcast went to: its post, everyone in it and who of them acknowledged. */
	private record Reach(Channel channel, long postId, List<ChannelRoster.Person> people, Set<Long> acked) {
	}

	private List<Reach> reaches(long id) {
		List<Reach> reaches = new ArrayList<>();
		for (Long[] cp : jdbc.sql("select channel_id, id from msg_post where broadcast_id = :b order by channel_id")
			.param("b", id).query((rs, n) -> new Long[] { rs.getLong(1), rs.getLong(2) }).list()) {
			Channel channel = channels.find(cp[0]).orElseThrow();
			reaches.add(new Reach(channel, cp[1], roster.of(channel), new HashSet<>(posts.receiptAccounts(cp[1]))));
		}
		return reaches;
	}

	private static NotFoundException notFound(long id) {
		return new NotFoundException("messaging.broadcast.not-found", id);
	}
}
