package org.civicgrid.messaging.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.civicgrid.identity.AccountDirectory;
import org.civicgrid.identity.StaffAccount;
import org.civicgrid.shared.Caller;
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
 * A year of the street's channels on a first demo start, at the seed's scale (about 16,800 posts): notices,
 * appointments, relays and good news by the staff, residents' questions (most answered in the thread), suggestions
 * and good news; resident1 a member of a courtyard channel of gridworker1's grid and volunteer1 waiting to be
 * confirmed there; the demo staff's cursors a few posts behind, so unread counts show. Loads nothing when the
 * channels have posts or the demo is off.
 */
@Component
@Order(110)
class DemoMessaging implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMessaging.class);

	private static final String STREET = "410105560";
	private static final String[][] NOTICES = {
			{ "停水通知", "因供水管网维修，本周六 8:00—14:00 停水，请提前储水。" },
			{ "燃气安全检查", "下周一起燃气公司入户安全检查，请家中留人，检查人员持证上岗，不收任何费用。" },
			{ "垃圾分类", "本月起厨余垃圾定时定点投放：早 7—9 点、晚 6—8 点，请大家配合。" },
			{ "流感疫苗接种", "社区卫生服务中心周三上午为 60 岁以上老人免费接种流感疫苗，请带身份证。" },
			{ "防汛提醒", "今夜有强降雨，地下车库的车辆请及时挪到地面，低洼处住户注意防范。" },
			{ "电梯维保", "3 号楼电梯周四上午维保，其间请走楼梯，给您带来不便敬请谅解。" },
			{ "消防演练", "周五下午 3 点楼院消防演练，听到警报请按疏散路线有序撤离。" },
			{ "党员报到", "在职党员请于本月底前到社区报到，认领志愿服务岗位。" } };
	private static final String[][] APPOINTMENTS = {
			{ "高龄津贴集中受理", "80 周岁以上老人高龄津贴本周五在社区大厅集中受理，可点下方按钮在线预约。", "ZM007" },
			{ "医保参保登记", "城乡居民医保集中参保期开始，社区代办，可在线预约办理时间。", "ZM018" },
			{ "养老金资格认证", "领取养老金人员资格认证，社区可协助办理，行动不便的可预约上门。", "ZM017" } };
	private static final String[] RELAYS = { "街道工作会议精神：开展“我为群众办实事”活动，网格员每周走访不少于 20 户。",
			"传达区委文件：做好冬季安全生产和供暖保障，重点关注独居老人。",
			"学习《信访工作条例》：首问负责，一次告知，限时办结。", "街道部署：本月开展楼院环境集中整治，清理楼道杂物。" };
	private static final String[] GOOD_NEWS = { "感谢网格员帮楼下李奶奶代办了医保报销，老人特别高兴！",
			"楼院新装了电动车充电桩，再也不用把电瓶拎上楼了。", "社区志愿者今天义务理发，来了四十多位老人。",
			"小区南门的路灯修好了，晚上回家亮堂多了，谢谢物业。", "今天的邻里节很热闹，包饺子比赛我们楼拿了第一！" };
	private static final String[] QUESTIONS = { "孩子上学要的居住证明在哪里开？需要带什么？", "独生子女证丢了怎么补办？",
			"老年优待证需要带什么材料？", "楼道灯坏了好几天了，找谁修？", "小区门口的井盖松动了，很危险，谁来管？",
			"失业登记在社区能办吗？", "廉租房申请现在还受理吗？", "楼上漏水到我家，物业不管怎么办？" };
	private static final String[] SUGGESTIONS = { "建议在小区门口加装减速带，孩子放学时车太快。",
			"希望社区多办几场老年人智能手机培训。", "建议楼院增加非机动车停放区。", "建议在广场增设几张休息座椅。" };
	private static final String[] ANSWERS = { "已联系物业，今天下午处理，处理好了在群里告诉大家。",
			"在社区一站式服务大厅 2 号窗口办理，带身份证和户口本，也可以在“办事指南”里预约。",
			"已记录，转相关部门处理，有结果第一时间回复您。", "可以办，工作日上午 8:30 以后到社区大厅，材料清单见办事指南。" };
	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };

	private final StoredChannels channels;
	private final StoredMembers members;
	private final ChannelService service;
	private final AccountDirectory accounts;
	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final boolean wanted;

	DemoMessaging(StoredChannels channels, StoredMembers members, ChannelService service, AccountDirectory accounts,
			JdbcTemplate jdbc, Clock clock, @Value("${civicgrid.demo.load:auto}") String demo,
			DatabaseSettings database) {
		this.channels = channels;
		this.members = members;
		this.service = service;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.wanted = database.demoWanted(demo);
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Channel> street = channels.within(STREET);
		if (!wanted || street.isEmpty() || Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists(select 1 from msg_post)", Boolean.class))) {
			return;
		}
		long started = System.nanoTime();
		Random random = new Random(20261207);
		Instant now = clock.instant();
		int posts = 0;
		for (Channel channel : street) {
			int count = switch (channel.level()) {
				case STREET -> 1400;
				case COMMUNITY -> 600;
				case COURTYARD -> 175;
			};
			posts += fill(channel, count, random, now);
		}
		jdbc.update("""
				update msg_channel c set last_seq = coalesce((select max(seq) from msg_post p where p.channel_id = c.id), 0)
				where c.region_code like ?""", STREET + "%");
		members(now);
		log.info("Demo messaging loaded: {} posts in {} channels in {} ms", posts, street.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/** A year of a channel's posts in time order, questions mostly answered in their thread. */
	private int fill(Channel channel, int count, Random random, Instant now) {
		List<Instant> times = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			times.add(now.minus(Duration.ofMinutes(10 + random.nextInt(365 * 24 * 60))));
		}
		Collections.sort(times);
		List<Long> ids = jdbc.queryForList("select nextval('msg_post_id_seq') from generate_series(1, ?)", Long.class,
				count);
		List<Object[]> rows = new ArrayList<>();
		String staffName = channel.level() == ChannelLevel.COURTYARD ? "网格员" : "社区工作人员";
		Long openQuestion = null;
		for (int i = 0; i < count; i++) {
			int pick = random.nextInt(100);
			String author = SURNAMES[random.nextInt(SURNAMES.length)] + (random.nextBoolean() ? "女士" : "先生");
			Object[] row;
			if (openQuestion != null && pick < 45) {
				row = row(ids.get(i), channel, i + 1, "REPLY", openQuestion, staffName, true, null,
						ANSWERS[random.nextInt(ANSWERS.length)], null, times.get(i));
				openQuestion = null;
			}
			else if (pick < 20 || channel.level() == ChannelLevel.STREET && pick < 60) {
				String[] n = NOTICES[random.nextInt(NOTICES.length)];
				row = row(ids.get(i), channel, i + 1, "NOTICE", null, staffName, true, n[0], n[1], null, times.get(i));
			}
			else if (pick < 25) {
				String[] a = APPOINTMENTS[random.nextInt(APPOINTMENTS.length)];
				row = row(ids.get(i), channel, i + 1, "APPOINTMENT", null, staffName, true, a[0], a[1], a[2],
						times.get(i));
			}
			else if (pick < 35 || channel.level() == ChannelLevel.STREET) {
				row = row(ids.get(i), channel, i + 1, "RELAY", null, "街道办", true, "学习传达",
						RELAYS[random.nextInt(RELAYS.length)], null, times.get(i));
			}
			else if (pick < 55) {
				row = row(ids.get(i), channel, i + 1, "GOOD_NEWS", null, author, false, null,
						GOOD_NEWS[random.nextInt(GOOD_NEWS.length)], null, times.get(i));
			}
			else if (pick < 85) {
				row = row(ids.get(i), channel, i + 1, "QUESTION", null, author, false, null,
						QUESTIONS[random.nextInt(QUESTIONS.length)], null, times.get(i));
				openQuestion = ids.get(i);
			}
			else {
				row = row(ids.get(i), channel, i + 1, "SUGGESTION", null, author, false, null,
						SUGGESTIONS[random.nextInt(SUGGESTIONS.length)], null, times.get(i));
			}
			rows.add(row);
		}
		jdbc.batchUpdate("""
				insert into msg_post (id, channel_id, seq, kind, parent_id, author_name, author_staff, title, body,
				    item_code, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		return count;
	}

	private static Object[] row(long id, Channel channel, long seq, String kind, Long parent, String author,
			boolean staff, String title, String body, String item, Instant at) {
		return new Object[] { id, channel.id(), seq, kind, parent, author, staff, title, body, item,
				Timestamp.from(at) };
	}

	/** resident1 in a courtyard of gridworker1's grid, volunteer1 waiting there; the demo staff a little behind. */
	private void members(Instant now) {
		Channel courtyard = channels.within("410105560001001").stream()
			.filter(c -> c.level() == ChannelLevel.COURTYARD).findFirst().orElse(null);
		if (courtyard != null) {
			accounts.idOf("resident1").ifPresent(id -> {
				members.addActive(courtyard.id(), id, "resident1", "居民张女士", "MEMBER", "RESIDENT", null, now,
						"gridworker1");
				channels.read(id, courtyard.id(), courtyard.lastSeq() - 4);
			});
			accounts.idOf("volunteer1").ifPresent(id -> members.ask(courtyard.id(), id, "volunteer1", "志愿者",
					"RESIDENT", null, null, "2号楼1单元302，想加入楼院群", now));
		}
		List<StaffAccount> staff = accounts.staffNamed(List.of("admin", "leader", "dispatcher", "supervisor",
				"community1", "gridworker1", "gridworker2", "handler"));
		for (StaffAccount s : staff) {
			long id = accounts.idOf(s.username()).orElseThrow();
			Caller caller = new Caller(id, s.username(), s.displayName(), s.role(), s.unitCode());
			int behind = 2;
			for (ChannelSummary c : service.mine(caller)) {
				Channel fresh = channels.find(c.channel().id()).orElseThrow();
				channels.read(id, fresh.id(), Math.max(0, fresh.lastSeq() - behind));
				behind = (behind * 7 + 3) % 13;
			}
		}
	}
}
