package org.civicgrid.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.civicgrid.messaging.PostKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The posts ({@code msg_post}) and their receipts ({@code msg_receipt}). */
@Repository
class StoredPosts {

	/**
	 * What a new post is made of, its place in the channel taken already ({@code seq} 0 before); a forwarded copy
	 * names the post it carries, a step posted back the step.
	 */
	record Row(long channelId, long seq, PostKind kind, Long parentId, Long authorId, String authorName,
			boolean authorStaff, String title, String body, String link, String itemCode, boolean confirmRead,
			Long broadcastId, Instant at, Long forwardOf, String caseStep) {

		Row(long channelId, long seq, PostKind kind, Long parentId, Long authorId, String authorName,
				boolean authorStaff, String title, String body, String link, String itemCode, boolean confirmRead,
				Long broadcastId, Instant at) {
			this(channelId, seq, kind, parentId, authorId, authorName, authorStaff, title, body, link, itemCode,
					confirmRead, broadcastId, at, null, null);
		}

		/** The same post at its place in the channel, its moment as the database keeps it (microseconds). */
		Row at(long seq) {
			return new Row(channelId, seq, kind, parentId, authorId, authorName, authorStaff, title, body, link,
					itemCode, confirmRead, broadcastId, at.truncatedTo(ChronoUnit.MICROS), forwardOf, caseStep);
		}
	}

	private static final String SELECT = """
			select p.*,
			    (select count(*) from msg_post r where r.parent_id = p.id) as replies,
			    (select count(*) from msg_receipt x where x.post_id = p.id) as receipts,
			    exists (select 1 from msg_receipt x where x.post_id = p.id and x.account_id = :me) as mine
			from msg_post p
			""";

	private final JdbcClient jdbc;

	StoredPosts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Row r) {
		return jdbc.sql("""
				insert into msg_post (channel_id, seq, kind, parent_id, author_id, author_name, author_staff, title, body,
				    link, item_code, confirm_read, broadcast_id, created_at, forward_of, case_step)
				values (:channel, :seq, :kind, :parent, :author, :name, :staff, :title, :body, :link, :item, :confirm,
				    :broadcast, :at, :forward, :step)
				returning id""")
			.param("channel", r.channelId()).param("seq", r.seq()).param("kind", r.kind().name())
			.param("parent", r.parentId()).param("author", r.authorId()).param("name", r.authorName())
			.param("staff", r.authorStaff()).param("title", r.title()).param("body", r.body()).param("link", r.link())
			.param("item", r.itemCode()).param("confirm", r.confirmRead()).param("broadcast", r.broadcastId())
			.param("at", Timestamp.from(r.at())).param("forward", r.forwardOf()).param("step", r.caseStep())
			.query(Long.class).single();
	}

	Optional<Post> find(long id, long reader) {
		return jdbc.sql(SELECT + " where p.id = :id").param("id", id).param("me", reader).query(StoredPosts::post)
			.optional();
	}

	/** A channel's posts before a sequence number (the newest first), threads' first posts only. */
	List<Post> page(long channel, long reader, Long before, int limit) {
		return jdbc.sql(SELECT + """
				 where p.channel_id = :c and p.parent_id is null and (:before::bigint is null or p.seq < :before)
				order by p.pinned desc, p.seq desc limit :limit""")
			.param("c", channel).param("me", reader).param("before", before).param("limit", limit)
			.query(StoredPosts::post).list();
	}

	/** Every post of a channel after a sequence number, oldest first: what a reconnecting reader missed. */
	List<Post> after(long channel, long reader, long seq, int limit) {
		return jdbc.sql(SELECT + " where p.channel_id = :c and p.seq > :seq order by p.seq limit :limit")
			.param("c", channel).param("me", reader).param("seq", seq).param("limit", limit).query(StoredPosts::post)
			.list();
	}

	List<Post> replies(long parent, long reader) {
		return jdbc.sql(SELECT + " where p.parent_id = :parent order by p.seq").param("parent", parent)
			.param("me", reader).query(StoredPosts::post).list();
	}

	/** A channel's posts whose words contain {@code words} (trigram index), the newest first. */
	List<Post> search(long channel, long reader, String words, int limit) {
		return jdbc.sql(SELECT + """
				 where p.channel_id = :c and p.hidden_at is null and (p.body ilike :like or p.title ilike :like)
				order by p.seq desc limit :limit""")
			.param("c", channel).param("me", reader).param("like", "%" + like(words) + "%").param("limit", limit)
			.query(StoredPosts::post).list();
	}

	/**
	 * Posts one author wrote by hand since a moment, for the flood limit: not the copies of an emergency broadcast
	 * (one per channel of a region), nor the forwards and steps written for them.
	 */
	int since(long author, Instant from) {
		return jdbc.sql("""
				select count(*) from msg_post where author_id = :a and created_at >= :from and broadcast_id is null
				    and kind not in ('CASE_STEP', 'FORWARDED')""")
			.param("a", author).param("from", Timestamp.from(from)).query(Integer.class).single();
	}

	/** Records a confirmation or acknowledgement once; answers whether it is new. */
	boolean receipt(long post, long account, Instant at) {
		return jdbc.sql("""
				insert into msg_receipt (post_id, account_id, at) values (:p, :a, :at) on conflict do nothing""")
			.param("p", post).param("a", account).param("at", Timestamp.from(at)).update() == 1;
	}

	List<Long> receiptAccounts(long post) {
		return jdbc.sql("select account_id from msg_receipt where post_id = :p").param("p", post).query(Long.class)
			.list();
	}

	boolean hide(long post, String by, Instant at) {
		return jdbc.sql("update msg_post set hidden_at = :at, hidden_by = :by where id = :p and hidden_at is null")
			.param("p", post).param("by", by).param("at", Timestamp.from(at)).update() == 1;
	}

	void pin(long post, boolean pinned) {
		jdbc.sql("update msg_post set pinned = :pinned where id = :p").param("p", post).param("pinned", pinned).update();
	}

	private static String like(String words) {
		return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Post post(ResultSet rs, int n) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		long author = rs.getLong("author_id");
		Long authorId = rs.wasNull() ? null : author;
		long forward = rs.getLong("forward_of");
		Long forwardOf = rs.wasNull() ? null : forward;
		boolean hidden = rs.getTimestamp("hidden_at") != null;
		return new Post(rs.getLong("id"), rs.getLong("channel_id"), rs.getLong("seq"),
				PostKind.valueOf(rs.getString("kind")), parentId, authorId, rs.getString("author_name"),
				rs.getBoolean("author_staff"), hidden ? null : rs.getString("title"),
				hidden ? "" : rs.getString("body"), hidden ? null : rs.getString("link"), rs.getString("item_code"),
				rs.getBoolean("confirm_read"), rs.getBoolean("pinned"), hidden,
				rs.getTimestamp("created_at").toInstant(), rs.getInt("replies"), rs.getInt("receipts"),
				rs.getBoolean("mine"), forwardOf, rs.getString("case_step"));
	}
}
