package org.civicgrid.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Forwarded posts ({@code msg_forward}) and their hops ({@code msg_forward_hop}). */
@Repository
class StoredForwards {

	private static final String SELECT = """
			select f.*, o.name as origin_name, a.name as at_name, a.level as at_level, p.author_name, p.body,
			    (select count(*) from msg_forward_hop h where h.post_id = f.post_id) as hop_count
			from msg_forward f
			join msg_channel o on o.id = f.origin_channel_id
			join msg_channel a on a.id = f.at_channel_id
			join msg_post p on p.id = f.post_id
			""";

	private final JdbcClient jdbc;

	StoredForwards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the forwarded post's row, so two staff acting on one post take turns. */
	void lock(long postId) {
		jdbc.sql("select id from msg_post where id = :id for update").param("id", postId).query(Long.class).optional();
	}

	Optional<Forward> find(long postId) {
		return jdbc.sql(SELECT + " where f.post_id = :id").param("id", postId).query(StoredForwards::forward)
			.optional();
	}

	/** What a case's step needs to know of the forward it came from: asked on every step of every case, so lean. */
	record OfCase(long postId, String caseNumber, String caseStep) {
	}

	Optional<OfCase> byCase(long caseId) {
		return jdbc.sql("select post_id, case_number, case_step from msg_forward where case_id = :id")
			.param("id", caseId)
			.query((rs, n) -> new OfCase(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/** The first hop, or the first case filed where the post was written: the row begins. */
	void start(Post post, String regionCode, Instant at) {
		jdbc.sql("""
				insert into msg_forward (post_id, origin_channel_id, at_channel_id, at_post_id, region_code,
				    reporter_id, state, posted_at, forwarded_at)
				values (:post, :channel, :channel, :post, :region, :reporter, 'FORWARDED', :posted, :at)""")
			.param("post", post.id()).param("channel", post.channelId()).param("region", regionCode)
			.param("reporter", post.authorId()).param("posted", Timestamp.from(post.createdAt()))
			.param("at", Timestamp.from(at)).update();
	}

	void moved(long postId, int hop, Channel from, Channel to, long copyId, String note, String by, Instant at) {
		jdbc.sql("""
				insert into msg_forward_hop (post_id, hop, from_channel_id, to_channel_id, copy_id, note, by_username, at)
				values (:post, :hop, :from, :to, :copy, :note, :by, :at)""")
			.param("post", postId).param("hop", hop).param("from", from.id()).param("to", to.id())
			.param("copy", copyId).param("note", note).param("by", by).param("at", Timestamp.from(at)).update();
		jdbc.sql("update msg_forward set at_channel_id = :to, at_post_id = :copy where post_id = :post")
			.param("post", postId).param("to", to.id()).param("copy", copyId).update();
	}

	void filed(long postId, long caseId, String number, String step, Instant at) {
		jdbc.sql("""
				update msg_forward set state = 'FILED', case_id = :case, case_number = :number, case_step = :step,
				    filed_at = :at where post_id = :post""")
			.param("post", postId).param("case", caseId).param("number", number).param("step", step)
			.param("at", Timestamp.from(at)).update();
	}

	/** The case moved to another public step; an end closes the forward, a step back from one reopens it. */
	void stepped(long postId, String step, boolean end, Instant at) {
		jdbc.sql("""
				update msg_forward set case_step = :step, state = case when :end::boolean then 'CLOSED' else 'FILED' end,
				    closed_at = case when :end::boolean then :at::timestamptz end where post_id = :post""")
			.param("post", postId).param("step", step).param("end", end).param("at", Timestamp.from(at)).update();
	}

	void rated(long postId, int score, Instant at) {
		jdbc.sql("update msg_forward set score = :score, rated_at = :at where post_id = :post").param("post", postId)
			.param("score", score).param("at", Timestamp.from(at)).update();
	}

	List<Forward.Hop> hops(long postId) {
		return jdbc.sql("""
				select h.*, f.name as from_name, t.name as to_name from msg_forward_hop h
				join msg_channel f on f.id = h.from_channel_id join msg_channel t on t.id = h.to_channel_id
				where h.post_id = :post order by h.hop""")
			.param("post", postId)
			.query((rs, n) -> new Forward.Hop(rs.getInt("hop"), rs.getString("from_name"), rs.getString("to_name"),
					rs.getLong("copy_id"), rs.getString("note"), rs.getString("by_username"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	/** Forwarded posts from channels of regions matching {@code like}, in a state or any, the newest first. */
	List<Forward> within(String like, String state, int limit) {
		return jdbc.sql(SELECT + """
				 where f.region_code like :like and (:state::text is null or f.state = :state)
				order by f.forwarded_at desc limit :limit""")
			.param("like", like).param("state", state).param("limit", limit).query(StoredForwards::forward).list();
	}

	ForwardFigures figures(String like, Instant from, Instant to) {
		return jdbc.sql("""
				select count(*) as forwarded, count(filed_at) as filed,
				    count(*) filter (where case_step = 'COMPLETED') as completed,
				    percentile_cont(0.5) within group (order by extract(epoch from filed_at - posted_at) / 60)
				        filter (where filed_at is not null) as case_median,
				    percentile_cont(0.9) within group (order by extract(epoch from filed_at - posted_at) / 60)
				        filter (where filed_at is not null) as case_p90,
				    percentile_cont(0.5) within group (order by extract(epoch from closed_at - posted_at) / 60)
				        filter (where case_step = 'COMPLETED') as close_median,
				    percentile_cont(0.9) within group (order by extract(epoch from closed_at - posted_at) / 60)
				        filter (where case_step = 'COMPLETED') as close_p90
				from msg_forward where region_code like :like and posted_at >= :from and posted_at < :to""")
			.param("like", like).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.query((rs, n) -> new ForwardFigures(rs.getLong("forwarded"), rs.getLong("filed"),
					rs.getLong("completed"), Rows.minutes(rs, "case_median"), Rows.minutes(rs, "case_p90"),
					Rows.minutes(rs, "close_median"), Rows.minutes(rs, "close_p90")))
			.single();
	}


	private static Forward forward(ResultSet rs, int n) throws SQLException {
		long caseId = rs.getLong("case_id");
		Long caseOf = rs.wasNull() ? null : caseId;
		int score = rs.getInt("score");
		Integer scored = rs.wasNull() ? null : score;
		return new Forward(rs.getLong("post_id"), rs.getLong("origin_channel_id"), rs.getString("origin_name"),
				rs.getLong("at_channel_id"), rs.getString("at_name"), ChannelLevel.of(rs.getInt("at_level")),
				rs.getLong("at_post_id"), rs.getString("region_code"), rs.getString("state"), caseOf,
				rs.getString("case_number"), rs.getString("case_step"), scored, rs.getString("author_name"),
				rs.getString("body"), rs.getInt("hop_count"), Rows.instant(rs, "posted_at"),
				Rows.instant(rs, "forwarded_at"), Rows.instant(rs, "filed_at"), Rows.instant(rs, "closed_at"));
	}

}
