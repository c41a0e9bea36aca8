package org.civicgrid.services.internal.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.civicgrid.identity.AccountDirectory;
import org.civicgrid.services.internal.PublishedItemReader;
import org.civicgrid.shared.database.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo agency matters (帮办代办, 1+1+N) of the two demo grid workers over the past months: each carried through one
 * to four departments with the day and the outcome, most of them done and many rated, a third started at the
 * resident's home, and two of resident1's own so the resident's page shows one under way and one done. Loads
 * nothing when there are matters already or the demo is off.
 */
@Component
@Order(101)
class AgencyDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AgencyDemoData.class);

	/** What a grid worker carries for a resident: the title, the item if it is one, and the departments in order. */
	private record Kind(String title, String item, List<String> departments) {
	}

	private static final List<Kind> KINDS = List.of(
			new Kind("高龄津贴申领", "MZ008", List.of("社区居委会", "街道民政所", "区民政局")),
			new Kind("残疾人证办理", "CL001", List.of("社区居委会", "区残联", "区人民医院鉴定科", "区残联")),
			new Kind("低保申请", "MZ001", List.of("社区居委会", "街道民政所", "区民政局")),
			new Kind("行动不便人员医保业务上门帮办", "YB014", List.of("社区卫生服务中心", "区医保中心")),
			new Kind("户口迁入（投靠子女）", "HJ005", List.of("社区居委会", "辖区派出所")),
			new Kind("养老保险待遇领取申请", "SB012", List.of("街道社保所", "区社保中心")),
			new Kind("公租房（廉租房）申请", "ZF001", List.of("社区居委会", "街道住房保障办", "区住房保障中心", "街道住房保障办")),
			new Kind("独居老人门牌及燃气安全改造", null, List.of("社区居委会", "燃气公司", "物业公司")));
	private static final String[] OUTCOMES = { "材料已递交", "已审核通过", "已补齐材料", "已领取结果", "已转下一部门" };
	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };
	private static final String[] GIVEN = { "桂芝", "凤英", "德明", "振华", "玉珍", "长福", "秀兰", "文斌" };
	private static final List<String[]> WORKERS = List.of(new String[] { "gridworker1", "410105560001001" },
			new String[] { "gridworker2", "410105560002001" });

	private final AgencyMatters matters;
	private final RatingService ratings;
	private final PublishedItemReader items;
	private final AccountDirectory accounts;
	private final JdbcClient jdbc;
	private final Callbacks callbacks;
	private final Clock clock;
	private final boolean wanted;

	AgencyDemoData(AgencyMatters matters, RatingService ratings, PublishedItemReader items, AccountDirectory accounts,
			JdbcClient jdbc, Callbacks callbacks, Clock clock, @Value("${civicgrid.demo.load:auto}") String demo,
			DatabaseSettings database) {
		this.matters = matters;
		this.ratings = ratings;
		this.items = items;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.callbacks = callbacks;
		this.clock = clock;
		this.wanted = database.demoWanted(demo);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!wanted || jdbc.sql("select exists(select 1 from agency_matter)").query(Boolean.class).single()
				|| accounts.idOf("gridworker1").isEmpty()) {
			return;
		}
		Random random = new Random(20261207);
		Instant now = clock.instant();
		Long resident1 = accounts.idOf("resident1").orElse(null);
		int count = 0;
		for (int i = 0; i < 160; i++) {
			String[] worker = WORKERS.get(i % WORKERS.size());
			Kind kind = KINDS.get(random.nextInt(KINDS.size()));
			String item = kind.item() != null && items.published(kind.item()).isPresent() ? kind.item() : null;
			boolean own = resident1 != null && i < 2;
			String name = own ? "居民张女士" : SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
			// resident1's first is under way this week, the second done last month
			Instant started = own ? now.minus(Duration.ofDays(i == 0 ? 3 : 40))
					: now.minus(Duration.ofHours(2 + random.nextInt(120 * 24)));
			boolean done = own ? i == 1 : started.isBefore(now.minus(Duration.ofDays(20))) || random.nextInt(100) < 40;
			long id = matters.insert(kind.title(), item, worker[1], worker[0], name,
					"137" + "%08d".formatted(random.nextInt(100_000_000)), own ? resident1 : null,
					random.nextInt(3) == 0, started, worker[0]);
			int steps = done ? kind.departments().size() : 1 + random.nextInt(kind.departments().size());
			Instant at = started;
			for (int s = 0; s < steps; s++) {
				at = min(now, at.plus(Duration.ofHours(4 + random.nextInt(72))));
				LocalDate day = LocalDate.ofInstant(at, clock.getZone());
				matters.addStep(id, day, kind.departments().get(s), OUTCOMES[random.nextInt(OUTCOMES.length)], null,
						worker[0], at);
			}
			if (done) {
				matters.finish(id, at, "已办结，结果已送达居民");
				if (!own && random.nextInt(100) < 60) {
					int score = random.nextInt(100) < 88 ? 4 + random.nextInt(2) : 1 + random.nextInt(3);
					ratings.record(new RatedSubject(SubjectKind.AGENCY, id, "DB%08d %s".formatted(id, kind.title()),
							null, worker[1], null, null, item, null, null, worker[0]), score,
							score >= 4 ? "网格员跑腿，省心" : score <= 2 ? "进度没人告诉我" : null,
							min(now, at.plus(Duration.ofMinutes(30))));
				}
			}
			count++;
		}
		callbacks.demoMadeBefore(now.minus(Duration.ofDays(14)));
		log.info("Demo agency matters loaded: {}", count);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
