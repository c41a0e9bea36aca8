package org.civicgrid.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.civicgrid.identity.AccountDirectory;
import org.civicgrid.identity.StaffAccount;
import org.civicgrid.messaging.PostKind;
import org.civicgrid.shared.Caller;
import org.civicgrid.shared.ProblemException;
import org.civicgrid.shared.database.DatabaseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This morning's 逐级转发 on a first demo start: residents' reports of the last hour or two in the courtyards of
 * gridworker1's and gridworker2's grids, forwarded by the grid worker to the community, some on to the street, and
 * most recorded as cases by the street's dispatcher, all through {@link ForwardService}, so the console, the
 * threads and the dispatch desk show the same forwards. Loads nothing when there are forwards, the demo is off or
 * {@code civicgrid.demo.forwards} is false (the tests, whose cases are their own).
 */
@Component
@Order(115)
class DemoForwards implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoForwards.class);

	private static final String[][] REPORTS = { { "楼道灯坏了好几天了，晚上上楼看不见，找谁修？", "E0102" },
			{ "小区门口的井盖松动了，踩上去直晃，很危险。", "E0102" }, { "楼上漏水到我家卫生间，物业说不归他们管。", "E0102" },
			{ "单元门口堆了一堆装修垃圾，一个星期没人清。", "E0102" }, { "院里的健身器材断了一根扶手，孩子玩容易受伤。", "E0102" },
			{ "北门外有人占道摆摊，早上车都过不去。", "E0102" } };
	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄" };

	private final StoredChannels channels;
	private final ChannelService posts;
	private final ForwardService forwards;
	private final AccountDirectory accounts;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean wanted;

	DemoForwards(StoredChannels channels, ChannelService posts, ForwardService forwards, AccountDirectory accounts,
			JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
			@Value("${civicgrid.demo.load:auto}") String demo,
			@Value("${civicgrid.demo.forwards:true}") boolean forwardsWanted, DatabaseSettings database) {
		this.channels = channels;
		this.posts = posts;
		this.forwards = forwards;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.wanted = forwardsWanted && database.demoWanted(demo);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!wanted || Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from msg_forward)",
				Boolean.class)) || Boolean.FALSE.equals(jdbc.queryForObject("select exists(select 1 from msg_post)",
						Boolean.class))) {
			return;
		}
		Map<String, Caller> staff = new HashMap<>();
		for (StaffAccount s : accounts.staffNamed(List.of("gridworker1", "gridworker2", "community1", "dispatcher"))) {
			staff.put(s.username(), new Caller(accounts.idOf(s.username()).orElseThrow(), s.username(),
					s.displayName(), s.role(), s.unitCode()));
		}
		if (staff.size() < 4) {
			return;
		}
		Random random = new Random(20261208);
		Instant now = clock.instant();
		int made = 0;
		for (String worker : List.of("gridworker1", "gridworker2")) {
			Caller grid = staff.get(worker);
			List<Channel> courtyards = channels.within(grid.regionCode()).stream()
				.filter(c -> c.level() == ChannelLevel.COURTYARD).toList();
			for (int i = 0; i < 12 && !courtyards.isEmpty(); i++) {
				Channel courtyard = courtyards.get(random.nextInt(courtyards.size()));
				String[] report = REPORTS[random.nextInt(REPORTS.length)];
				Instant posted = now.minus(Duration.ofMinutes(15 + random.nextInt(150)));
				String author = SURNAMES[random.nextInt(SURNAMES.length)] + (random.nextBoolean() ? "女士" : "先生");
				int step = i % 4;
				try {
					transactions.executeWithoutResult(s -> walk(courtyard, report, posted, author, step, grid, staff));
					made++;
				}
				catch (ProblemException e) {
					log.warn("A demo forward was refused: {}", e.getMessage());
				}
			}
		}
		log.info("Demo forwarding loaded: {} residents' reports forwarded up", made);
	}

	/** One report: forwarded once (step 0), twice and filed at the street (1), once and filed (2, 3). */
	private void walk(Channel courtyard, String[] report, Instant posted, String author, int step, Caller grid,
			Map<String, Caller> staff) {
		Post post = posts.write(courtyard, new StoredPosts.Row(courtyard.id(), 0, PostKind.QUESTION, null, null,
				author, false, null, report[0], null, null, false, null, posted), null);
		Forward forward = forwards.forward(grid, post.id(), step == 0 ? null : "请社区协调处理");
		if (step == 1 && ChannelAccess.byPost(staff.get("community1"),
				channels.find(forward.atChannelId()).orElseThrow())) {
			forwards.forward(staff.get("community1"), forward.atPostId(), "物业推诿，请街道协调");
		}
		if (step != 0) {
			forwards.file(staff.get("dispatcher"), post.id(), new CaseRequest(report[1], null, null, null, null, null));
		}
	}
}
