package org.civicgrid.messaging.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.civicgrid.shared.database.DatabaseSettings;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The answer clock over the demo's last 30 days: every resident's question of the month gets its clock (due times
 * by the office calendar); one the demo left unanswered for more than 90 minutes is answered by the channel's staff
 * 5 to 40 minutes after it was asked, so the month reads as a street that mostly keeps its promise, with the late
 * answers the demo's threads already had; the last 90 minutes' questions stay open, in their colours, with five
 * of the last hour in gridworker1's courtyards. Loads nothing
 * when clocks exist or the demo is off.
 */
@Component
@Order(112)
class DemoQuestions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoQuestions.class);

	private static final String[] ANSWERS = { "您好，已收到，工作日到社区大厅 2 号窗口办理，带身份证即可。",
			"已转物业，今天处理完在群里回复您。", "这个可以在“办事指南”里在线预约，材料清单也在那里。",
			"已登记，网格员下午上门看一下。" };

	private static final String[] FRESH = { "请问今年的城乡居民医保什么时候截止缴费？", "楼下的快递柜能不能挪个位置？挡着消防通道了。",
			"孩子上小学的户口证明去哪开？", "独居老人能申请助餐服务吗？", "小区里的电动车充电桩收费标准是多少？" };
	private static final String[] FRESH_NAMES = { "李女士", "王先生", "赵女士", "陈先生", "刘女士" };

	private final JdbcTemplate jdbc;
	private final WorkingTimeCalendar calendar;
	private final QuestionSettings settings;
	private final Clock clock;
	private final boolean wanted;

	DemoQuestions(JdbcTemplate jdbc, WorkingTimeCalendar calendar, QuestionSettings settings, Clock clock,
			@Value("${civicgrid.demo.load:auto}") String demo, DatabaseSettings database) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
		this.wanted = database.demoWanted(demo);
	}

	/** A question of the month: where, when, and the first staff reply if the demo has one. */
	private record Asked(long id, long channel, String region, int level, Instant at, Instant replied) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!wanted || Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from msg_question)",
				Boolean.class))) {
			return;
		}
		Instant now = clock.instant();
		List<Asked> asked = jdbc.query("""
				select p.id, p.channel_id, c.region_code, c.level, p.created_at,
				    (select min(r.created_at) from msg_post r where r.parent_id = p.id and r.author_staff) as replied
				from msg_post p join msg_channel c on c.id = p.channel_id
				where p.kind = 'QUESTION' and not p.author_staff and p.parent_id is null and p.created_at >= ?
				order by p.created_at""", (rs, n) -> new Asked(rs.getLong(1), rs.getLong(2), rs.getString(3),
				rs.getInt(4), rs.getTimestamp(5).toInstant(),
				rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()),
				Timestamp.from(now.minus(Duration.ofDays(30))));
		Random random = new Random(20261208);
		asked = new ArrayList<>(asked);
		asked.addAll(fresh(now));
		List<Object[]> clocks = new ArrayList<>();
		int answered = 0;
		for (Asked a : asked) {
			Instant replied = a.replied();
			if (replied == null && a.at().isBefore(now.minus(Duration.ofMinutes(90)))) {
				replied = a.at().plus(Duration.ofMinutes(5 + random.nextInt(36)));
				reply(a, replied, random);
				answered++;
			}
			Instant respond = calendar.plus(a.at(), settings.respond(), settings.kind());
			Instant reply = calendar.plus(a.at(), settings.reply(), settings.kind());
			clocks.add(new Object[] { a.id(), a.channel(), a.region(), a.level(), Timestamp.from(a.at()),
					Timestamp.from(respond), Timestamp.from(reply), Timestamp.from(reply),
					replied == null ? null : Timestamp.from(replied), replied == null ? null : staff(a),
					replied == null ? null : Timestamp.from(replied), replied == null ? null : staff(a) });
		}
		jdbc.batchUpdate("""
				insert into msg_question (post_id, channel_id, region_code, level, asked_at, respond_due, first_reply_due,
				    reply_due, responded_at, responded_by, replied_at, replied_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", clocks);
		log.info("Demo answer clocks loaded: {} questions of the last 30 days, {} of them answered now", clocks.size(),
				answered);
	}

	/** Questions of the last hour in gridworker1's courtyards, so the supervisors' list shows every colour. */
	private List<Asked> fresh(Instant now) {
		List<Asked> fresh = new ArrayList<>();
		List<Channel> courtyards = jdbc.query(
				"select * from msg_channel where level = 3 and region_code like '410105560001001%' order by id",
				StoredChannels::channel);
		int[] minutesAgo = { 3, 9, 17, 24, 45 };
		for (int i = 0; i < minutesAgo.length && !courtyards.isEmpty(); i++) {
			Channel channel = courtyards.get(i % courtyards.size());
			Instant at = now.minus(Duration.ofMinutes(minutesAgo[i]));
			long seq = jdbc.queryForObject("update msg_channel set last_seq = last_seq + 1 where id = ? returning last_seq",
					Long.class, channel.id());
			long id = jdbc.queryForObject("insert into msg_post (channel_id, seq, kind, author_name, author_staff, body,"
					+ " created_at) values (?, ?, 'QUESTION', ?, false, ?, ?) returning id", Long.class, channel.id(), seq,
					FRESH_NAMES[i], FRESH[i], Timestamp.from(at));
			fresh.add(new Asked(id, channel.id(), channel.regionCode(), channel.level().number(), at, null));
		}
		return fresh;
	}

	/** Who answers in the demo's threads: the courtyard's grid worker, the community's staff. */
	private static String staff(Asked a) {
		return a.level() == ChannelLevel.COURTYARD.number() ? "网格员" : "社区工作人员";
	}

	/** The staff's answer in the thread, at the channel's next place. */
	private void reply(Asked a, Instant at, Random random) {
		long seq = jdbc.queryForObject("update msg_channel set last_seq = last_seq + 1 where id = ? returning last_seq",
				Long.class, a.channel());
		jdbc.update("""
				insert into msg_post (channel_id, seq, kind, parent_id, author_name, author_staff, body, created_at)
				values (?, ?, 'REPLY', ?, ?, true, ?, ?)""", a.channel(), seq, a.id(),
				staff(a), ANSWERS[random.nextInt(ANSWERS.length)], Timestamp.from(at));
	}
}
