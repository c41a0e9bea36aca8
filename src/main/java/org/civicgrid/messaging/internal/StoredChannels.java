package org.civicgrid.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The channels ({@code msg_channel}) and the readers' cursors ({@code msg_cursor}). */
@Repository
class StoredChannels {

	/** A channel as its reader lists it: how many posts they have not read. */
	record Listed(Channel channel, long unread) {
	}

	private static final String LISTED = """
			select c.*, c.last_seq - coalesce(k.read_seq, 0) as unread from msg_channel c
			left join msg_cursor k on k.channel_id = c.id and k.account_id = :me
			""";

	private final JdbcClient jdbc;

	StoredChannels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the channel of a region unless it has one; answers whether it was added. */
	boolean addMissing(ChannelLevel level, String regionCode, String name, String joinCode, Instant at) {
		return jdbc.sql("""
				insert into msg_channel (level, region_code, name, join_code, created_at)
				values (:level, :region, :name, :code, :at) on conflict do nothing""")
			.param("level", level.number()).param("region", regionCode).param("name", name).param("code", joinCode)
			.param("at", Timestamp.from(at)).update() == 1;
	}

	Optional<Channel> find(long id) {
		return jdbc.sql("select * from msg_channel where id = :id").param("id", id).query(StoredChannels::channel)
			.optional();
	}

	Optional<Channel> byJoinCode(String code) {
		return jdbc.sql("select * from msg_channel where join_code = :code").param("code", code)
			.query(StoredChannels::channel).optional();
	}

	Optional<Channel> byRegion(String regionCode) {
		return jdbc.sql("select * from msg_channel where region_code = :region").param("region", regionCode)
			.query(StoredChannels::channel).optional();
	}

	/** The channels in a region and below it (a broadcast's reach), by level and code. */
	List<Channel> within(String regionCode) {
		return jdbc.sql("select * from msg_channel where region_code like :prefix order by level, region_code")
			.param("prefix", regionCode + "%").query(StoredChannels::channel).list();
	}

	/** The channels staff working at {@code post} are in by {@link ChannelAccess}'s rule, with their unread. */
	List<Listed> ofStaff(long account, RegionCode post, boolean buildingLeader) {
		boolean street = post.level().compareTo(RegionLevel.STREET) >= 0;
		boolean community = post.level().compareTo(RegionLevel.COMMUNITY) >= 0;
		return jdbc.sql(LISTED + """
				where (c.level = 1 and not :leader and (c.region_code = :street or c.region_code like :below))
				   or (c.level = 2 and c.region_code = :community)
				   or (c.level = 3 and :deep and c.region_code like :below)
				order by c.level, c.region_code""")
			.param("me", account).param("leader", buildingLeader)
			.param("street", street ? post.at(RegionLevel.STREET).value() : "")
			.param("below", post.value() + "%")
			.param("community", community ? post.at(RegionLevel.COMMUNITY).value() : "")
			.param("deep", community)
			.query(StoredChannels::listed).list();
	}

	/** The channels someone joined and was confirmed in, with their unread. */
	List<Listed> ofMember(long account) {
		return jdbc.sql(LISTED + """
				join msg_member m on m.channel_id = c.id and m.account_id = :me and m.state = 'ACTIVE'
				order by c.level, c.region_code""").param("me", account).query(StoredChannels::listed).list();
	}

	long unread(long account, long channel) {
		return jdbc.sql("""
				select c.last_seq - coalesce(k.read_seq, 0) from msg_channel c
				left join msg_cursor k on k.channel_id = c.id and k.account_id = :me where c.id = :c""")
			.param("me", account).param("c", channel).query(Long.class).single();
	}

	/** Moves the reader's cursor forward to {@code seq} (never back, never past the last post). */
	void read(long account, long channel, long seq) {
		jdbc.sql("""
				insert into msg_cursor (account_id, channel_id, read_seq)
				select :me, c.id, least(:seq, c.last_seq) from msg_channel c where c.id = :c
				on conflict (account_id, channel_id) do update set read_seq = greatest(msg_cursor.read_seq, excluded.read_seq)""")
			.param("me", account).param("c", channel).param("seq", seq).update();
	}

	/** The place a new post takes, and the WeCom robot the channel is linked to (null for none). */
	record Next(long seq, String robot) {
	}

	/** Takes the channel's next sequence number; the row stays locked until the post's transaction ends. */
	Next nextSeq(long channel) {
		return jdbc.sql("update msg_channel set last_seq = last_seq + 1 where id = :c returning last_seq, robot")
			.param("c", channel).query((rs, n) -> new Next(rs.getLong(1), rs.getString(2))).single();
	}

	long count() {
		return jdbc.sql("select count(*) from msg_channel").query(Long.class).single();
	}

	private static Listed listed(ResultSet rs, int n) throws SQLException {
		return new Listed(channel(rs, n), Math.max(0, rs.getLong("unread")));
	}

	static Channel channel(ResultSet rs, int n) throws SQLException {
		return new Channel(rs.getLong("id"), ChannelLevel.of(rs.getInt("level")), rs.getString("region_code"),
				rs.getString("name"), rs.getString("join_code"), rs.getLong("last_seq"));
	}
}
