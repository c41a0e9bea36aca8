package org.civicgrid.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The answer clock of residents' questions ({@code msg_question}): opened when a resident asks, stopped by staff
 * responding (claiming it or replying) and replying, moved on when it rises a level. The colour is worked out in
 * the statement that reads it, so a list filtered by colour and the colour shown are one rule.
 */
@Component
class Questions {

	private static final String COLOUR = """
			case when q.replied_at is not null then 'ANSWERED' when q.reply_due <= :now then 'RED'
			     when q.responded_at is null and q.respond_due <= :now then 'YELLOW' else 'GREEN' end""";

	private static final String SELECT = "select q.*, c.name as channel_name, p.author_name, p.body, " + COLOUR
			+ " as colour from msg_question q join msg_channel c on c.id = q.channel_id join msg_post p on p.id = q.post_id";

	private final JdbcClient jdbc;
	private final WorkingTimeCalendar calendar;
	private final QuestionSettings settings;

	Questions(JdbcClient jdbc, WorkingTimeCalendar calendar, QuestionSettings settings) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.settings = settings;
	}

	/** A resident asked: the clock starts at the post's moment, in the channel it was asked in. */
	void open(Post post, Channel channel) {
		Instant respond = calendar.plus(post.createdAt(), settings.respond(), settings.kind());
		Instant reply = calendar.plus(post.createdAt(), settings.reply(), settings.kind());
		jdbc.sql("""
				insert into msg_question (post_id, channel_id, region_code, level, asked_at, respond_due, first_reply_due,
				    reply_due)
				values (:post, :channel, :region, :level, :at, :respond, :reply, :reply) on conflict do nothing""")
			.param("post", post.id()).param("channel", channel.id()).param("region", channel.regionCode())
			.param("level", channel.level().number()).param("at", Timestamp.from(post.createdAt()))
			.param("respond", Timestamp.from(respond)).param("reply", Timestamp.from(reply)).update();
	}

	/** Staff said they are on it; the first to do so counts. Answers whether the question was open. */
	boolean responded(long postId, String by, Instant at) {
		return jdbc.sql("""
				update msg_question set responded_at = coalesce(responded_at, :at),
				    responded_by = coalesce(responded_by, :by)
				where post_id = :post and replied_at is null""")
			.param("post", postId).param("by", by).param("at", Timestamp.from(at)).update() == 1;
	}

	/** Staff replied in the thread: responded and replied, the first reply counts. */
	void replied(long postId, String by, Instant at) {
		jdbc.sql("""
				update msg_question set responded_at = coalesce(responded_at, :at),
				    responded_by = coalesce(responded_by, :by), replied_at = :at, replied_by = :by
				where post_id = :post and replied_at is null""")
			.param("post", postId).param("by", by).param("at", Timestamp.from(at)).update();
	}

	/** Claims the next question unanswered at its reply time below the street, for one node to raise it. */
	Optional<Long> claimDue(Instant now) {
		return jdbc.sql("""
				select post_id from msg_question where replied_at is null and level > 1 and reply_due <= :now
				order by reply_due limit 1 for update skip locked""")
			.param("now", Timestamp.from(now)).query(Long.class).optional();
	}

	/** It rose to {@code level} at {@code at}: a fresh respond and reply time there. */
	void rose(long postId, ChannelLevel level, Instant at) {
		jdbc.sql("""
				update msg_question set level = :level, rises = rises + 1, respond_due = :respond, reply_due = :reply
				where post_id = :post""")
			.param("post", postId).param("level", level.number())
			.param("respond", Timestamp.from(calendar.plus(at, settings.respond(), settings.kind())))
			.param("reply", Timestamp.from(calendar.plus(at, settings.reply(), settings.kind()))).update();
	}

	Optional<Question> find(long postId, Instant now) {
		return jdbc.sql(SELECT + " where q.post_id = :post").param("post", postId).param("now", Timestamp.from(now))
			.query(Questions::question).optional();
	}

	/** Questions asked in regions matching {@code like}: open ones most urgent first, or all newest first. */
	List<Question> within(String like, String colour, boolean open, Instant now, int limit) {
		return jdbc.sql("select * from (" + SELECT + """
				 where q.region_code like :like and (not :open or q.replied_at is null)) q
				where (:colour::text is null or q.colour = :colour)
				order by case q.colour when 'RED' then 0 when 'YELLOW' then 1 when 'GREEN' then 2 else 3 end,
				    case when q.replied_at is null then q.reply_due end, q.asked_at desc
				limit :limit""")
			.param("like", like).param("open", open).param("colour", colour).param("now", Timestamp.from(now))
			.param("limit", limit).query(Questions::question).list();
	}

	QuestionFigures figures(String like, Instant from, Instant to, Instant now) {
		return jdbc.sql("select count(*) as asked, count(replied_at) as replied,"
				+ " count(*) filter (where replied_at <= first_reply_due) as in_time,"
				+ " count(*) filter (where colour = 'RED') as red, count(*) filter (where colour = 'YELLOW') as yellow,"
				+ " count(*) filter (where colour = 'GREEN') as green,"
				+ " percentile_cont(0.5) within group (order by extract(epoch from replied_at - asked_at) / 60)"
				+ "     filter (where replied_at is not null) as median,"
				+ " percentile_cont(0.9) within group (order by extract(epoch from replied_at - asked_at) / 60)"
				+ "     filter (where replied_at is not null) as p90"
				+ " from (select q.*, " + COLOUR + " as colour from msg_question q"
				+ "     where q.region_code like :like and q.asked_at >= :from and q.asked_at < :to) q")
			.param("like", like).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new QuestionFigures(rs.getLong("asked"), rs.getLong("replied"), rs.getLong("in_time"),
					rs.getLong("red"), rs.getLong("yellow"), rs.getLong("green"), Rows.minutes(rs, "median"),
					Rows.minutes(rs, "p90")))
			.single();
	}


	private static Question question(ResultSet rs, int n) throws SQLException {
		return new Question(rs.getLong("post_id"), rs.getLong("channel_id"), rs.getString("channel_name"),
				rs.getString("region_code"), ChannelLevel.of(rs.getInt("level")), rs.getString("author_name"),
				rs.getString("body"), Rows.instant(rs, "asked_at"), Rows.instant(rs, "respond_due"),
				Rows.instant(rs, "reply_due"), Rows.instant(rs, "first_reply_due"), Rows.instant(rs, "responded_at"),
				rs.getString("responded_by"), Rows.instant(rs, "replied_at"), rs.getString("replied_by"),
				rs.getInt("rises"), rs.getString("colour"));
	}

}
