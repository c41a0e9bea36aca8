package org.civicgrid.messaging.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.civicgrid.shared.database.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The seed's street had 11,901 residents in its groups: on a first demo start, about 150 confirmed members in each
 * courtyard channel and 300 in each community channel (residents, a few units and shops), who joined over the past
 * year, and three requests waiting in each courtyard of gridworker1's grid. They stand for residents who joined
 * from the poster before this system kept their accounts: no account to sign in with (their account ids lie above
 * any real one) and no registry person, so a reminder counts them as having no phone on record. Loads nothing when
 * the channels have members beyond the demo accounts, the demo is off or {@code civicgrid.demo.members} is false.
 */
@Component
@Order(111)
class DemoMembers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMembers.class);

	/** Above any account the application creates, so the demo's members never meet a real one. */
	static final long FIRST_ACCOUNT = 8_000_000_000L;

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
			"马", "朱", "胡", "郭" };
	private static final String[] UNITS = { "如意湖小学", "社区卫生服务站", "物业服务中心", "邮政快递站" };
	private static final String[] SHOPS = { "便民超市", "早餐店", "水果店", "理发店", "药店" };

	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final boolean wanted;

	DemoMembers(JdbcTemplate jdbc, Clock clock, @Value("${civicgrid.demo.load:auto}") String demo,
			@Value("${civicgrid.demo.members:true}") boolean membersWanted, DatabaseSettings database) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.wanted = membersWanted && database.demoWanted(demo);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!wanted || Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists(select 1 from msg_member where account_id >= ?)", Boolean.class, FIRST_ACCOUNT))) {
			return;
		}
		Instant now = clock.instant();
		Random random = new Random(20261208);
		List<Object[]> rows = new ArrayList<>();
		long account = FIRST_ACCOUNT;
		List<Object[]> channels = jdbc.query("select id, level, region_code from msg_channel where level > 1 order by id",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getInt(2), rs.getString(3) });
		for (Object[] c : channels) {
			boolean courtyard = (int) c[1] == ChannelLevel.COURTYARD.number();
			int count = courtyard ? 120 + random.nextInt(60) : 280 + random.nextInt(40);
			boolean waiting = courtyard && ((String) c[2]).startsWith("410105560001001");
			for (int i = 0; i < count + (waiting ? 3 : 0); i++) {
				boolean pending = i >= count;
				int pick = random.nextInt(100);
				String kind = pick < 3 ? "UNIT" : pick < 8 ? "SHOP" : "RESIDENT";
				String name = switch (kind) {
					case "UNIT" -> UNITS[random.nextInt(UNITS.length)];
					case "SHOP" -> SURNAMES[random.nextInt(SURNAMES.length)] + "记" + SHOPS[random.nextInt(SHOPS.length)];
					default -> SURNAMES[random.nextInt(SURNAMES.length)] + (random.nextBoolean() ? "女士" : "先生");
				};
				String note = "RESIDENT".equals(kind) ? (1 + random.nextInt(12)) + "号楼" + (1 + random.nextInt(4)) + "单元"
						+ (1 + random.nextInt(18)) + "0" + (1 + random.nextInt(4)) : null;
				Instant asked = pending ? now.minus(Duration.ofMinutes(20 + random.nextInt(600)))
						: now.minus(Duration.ofDays(1 + random.nextInt(364)));
				rows.add(new Object[] { c[0], account, "demo-member-" + account, name, kind, pending ? "PENDING" : "ACTIVE",
						note, Timestamp.from(asked), pending ? null : Timestamp.from(asked.plus(Duration.ofHours(2))),
						pending ? null : courtyard ? "gridworker1" : "community1" });
				account++;
			}
		}
		jdbc.batchUpdate("""
				insert into msg_member (channel_id, account_id, username, display_name, kind, state, note, asked_at,
				    decided_at, decided_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", rows);
		log.info("Demo channel members loaded: {} in {} channels", rows.size(), channels.size());
	}
}
