package org.civicgrid.workforce.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.civicgrid.region.RegionSummary;
import org.civicgrid.region.Regions;
import org.civicgrid.region.StaffDuty;
import org.civicgrid.region.StaffMember;
import org.civicgrid.shared.RegionCode;
import org.civicgrid.shared.RegionLevel;
import org.civicgrid.shared.RegionScope;
import org.civicgrid.shared.database.DatabaseSettings;
import org.civicgrid.shared.time.WorkingTimeCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's daily logs: every grid's log of every working day of the last quarter (13 weeks), written by the
 * grid's worker at the end of the day, with a few 四有 entries each and now and then an open problem; today's log
 * is left for the grid worker to write.
 */
@Component
@Order(130)
class DemoLogs implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLogs.class);

	private static final String[] RESOURCES = { "小区党员志愿者 6 人可参与夜间巡逻", "辖区超市同意为独居老人送菜上门",
			"物业提供一间活动室作为议事点", "社区卫生服务站每周三上门量血压", "楼长愿意协助收集居民意见" };
	private static final String[] CARE = { "3 号楼独居老人王大爷，血压偏高，已提醒按时服药", "残疾人李某行动不便，需代办证件年审",
			"低保户赵某家中孩子即将入学，需了解助学政策", "空巢老人刘奶奶，子女在外地，约定每周电话问候" };
	private static final String[] NEEDS = { "居民希望在楼下加装休息座椅", "多户反映电梯年检时间需提前公告", "家长希望开办暑期托管班",
			"老人希望开通医保卡代办", "居民询问居住证明办理材料" };
	private static final String[] PROBLEMS = { "5 号楼楼道堆放杂物，已告知物业限期清理", "小区东门路灯不亮，已上报",
			"地下室渗水，需协调维修基金", "电动车楼道充电屡劝不改" };
	private static final String[] NOTES = { "居民对垃圾分类意见较大，建议增加督导时段", "今天走访发现两户新搬入，已登记",
			"参加社区周例会，汇报本周走访情况", "协助开展防诈骗宣传，发放资料 60 份" };
	private static final String[][] ENTRIES = { { "CONTACT", "走访独居老人，留下网格化服务联系卡" },
			{ "ARCHIVE", "更新 2 户家庭成员信息到网格人口登记簿" }, { "HELP", "帮残疾人代办残疾证年审材料" },
			{ "DONE", "居民反映的楼道灯已修好，回访满意" }, { "CONTACT", "与新任楼长建立联系" },
			{ "HELP", "为困难家庭申请临时救助，材料已报社区" }, { "DONE", "邻里噪音纠纷经调解已化解" } };

	private final Regions regions;
	private final WorkingTimeCalendar calendar;
	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final boolean wanted;

	DemoLogs(Regions regions, WorkingTimeCalendar calendar, JdbcTemplate jdbc, Clock clock,
			@Value("${civicgrid.demo.load:auto}") String demo, DatabaseSettings database) {
		this.regions = regions;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.clock = clock;
		this.wanted = database.demoWanted(demo);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!wanted || Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from wf_log)", Boolean.class))) {
			return;
		}
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = today.minusWeeks(13); d.isBefore(today); d = d.plusDays(1)) {
			if (calendar.isWorkingDay(d)) {
				days.add(d);
			}
		}
		Random random = new Random(20261207);
		List<Object[]> logs = new ArrayList<>();
		List<Object[]> entries = new ArrayList<>();
		for (String street : regions.streetCodes("")) {
			for (RegionSummary grid : regions.subtree(RegionScope.ALL, RegionCode.of(street), RegionLevel.GRID)) {
				if (grid.level() != RegionLevel.GRID) {
					continue;
				}
				String worker = worker(grid);
				for (LocalDate day : days) {
					logs.add(new Object[] { grid.code(), Date.valueOf(day), 3 + random.nextInt(18),
							random.nextInt(3) == 0 ? pick(RESOURCES, random) : null,
							random.nextInt(2) == 0 ? pick(CARE, random) : null,
							random.nextInt(2) == 0 ? pick(NEEDS, random) : null,
							random.nextInt(6) == 0 ? pick(PROBLEMS, random) : null, pick(NOTES, random),
							"demo", worker, Timestamp.from(day.atTime(LocalTime.of(17, 30 + random.nextInt(25)))
								.atZone(calendar.zone()).toInstant()) });
				}
			}
		}
		List<Long> ids = jdbc.queryForList("select nextval('wf_log_id_seq') from generate_series(1, ?)", Long.class,
				logs.size());
		List<Object[]> rows = new ArrayList<>(logs.size());
		for (int i = 0; i < logs.size(); i++) {
			Object[] l = logs.get(i);
			rows.add(new Object[] { ids.get(i), l[0], l[1], l[2], l[3], l[4], l[5], l[6], l[7], l[8], l[9], l[10],
					l[10] });
			int n = random.nextInt(4);
			for (int p = 0; p < n; p++) {
				String[] e = ENTRIES[random.nextInt(ENTRIES.length)];
				entries.add(new Object[] { ids.get(i), p, e[0], e[1] });
			}
		}
		jdbc.batchUpdate("""
				insert into wf_log (id, grid_code, day, households, resources, care, needs, problems, notes, written_by,
				                    writer_name, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		jdbc.batchUpdate("insert into wf_log_entry (log_id, position, kind, text) values (?, ?, ?, ?)", entries);
		log.info("Demo daily logs loaded: {} logs with {} entries over {} working days in {} ms", rows.size(),
				entries.size(), days.size(), (System.nanoTime() - started) / 1_000_000);
	}

	private String worker(RegionSummary grid) {
		return regions.staff(RegionScope.ALL, RegionCode.of(grid.code())).stream()
			.filter(s -> s.duty() == StaffDuty.GRID_WORKER)
			.map(StaffMember::name)
			.findFirst()
			.orElse(grid.name() + "网格员");
	}

	private static String pick(String[] words, Random random) {
		return words[random.nextInt(words.length)];
	}
}
