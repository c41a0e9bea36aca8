package org.civicgrid.services.internal.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.civicgrid.services.internal.PublishedItemReader;
import org.civicgrid.services.internal.ServiceItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.civicgrid.shared.database.DatabaseSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo requests, agency matters, ratings and call-backs over the past months for 如意湖街道, so the pages look alive
 * on a first start. Runs after the catalog's demo (it needs published items) and skips every item code the catalog
 * does not have; loads nothing when there are requests already or the demo is off.
 */
@Component
@Order(100)
class RequestDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RequestDemoData.class);

	private static final String STREET = "410105560";
	private static final String[] PREFIXES = { "MZ", "SB", "YB", "WJ", "HJ", "CL", "ZF", "ZM" };
	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };
	private static final String[] GIVEN = { "秀英", "桂兰", "建国", "志强", "海燕", "丽娟", "国庆", "淑珍", "玉兰", "建华" };
	private static final String[] COMMENTS_GOOD = { "办得很快", "工作人员很耐心", "一次就办好了", "服务周到" };
	private static final String[] COMMENTS_BAD = { "等了太久", "材料要求说得不清楚", "跑了两次才办成" };

	private final Requests requests;
	private final RequestClock requestClock;
	private final RatingService ratings;
	private final PublishedItemReader items;
	private final JdbcClient jdbc;
	private final Callbacks callbacks;
	private final Clock clock;
	private final boolean wanted;

	RequestDemoData(Requests requests, RequestClock requestClock, RatingService ratings, PublishedItemReader items,
			JdbcClient jdbc, Callbacks callbacks, Clock clock, @Value("${civicgrid.demo.load:auto}") String demo, DatabaseSettings database) {
		this.requests = requests;
		this.requestClock = requestClock;
		this.ratings = ratings;
		this.items = items;
		this.jdbc = jdbc;
		this.callbacks = callbacks;
		this.clock = clock;
		this.wanted = database.demoWanted(demo);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!wanted || jdbc.sql("select exists(select 1 from service_request)").query(Boolean.class)
			.single()) {
			return;
		}
		List<ServiceItem> available = new ArrayList<>();
		for (String prefix : PREFIXES) {
			for (int n = 1; n <= 28; n++) {
				items.published("%s%03d".formatted(prefix, n)).ifPresent(available::add);
			}
		}
		if (available.isEmpty()) {
			log.info("Demo requests skipped: no published catalog items (the catalog's demo loads them first)");
			return;
		}
		java.util.Map<String, String> halls = new java.util.HashMap<>();
		jdbc.sql("select region_code, name from service_hall").query((rs, n) -> halls.put(rs.getString(1),
				rs.getString(2))).list();
		Random random = new Random(20261122);
		Instant now = clock.instant();
		int count = 0;
		for (int i = 0; i < 1200; i++) {
			ServiceItem item = available.get(random.nextInt(available.size()));
			String community = STREET + "%03d".formatted(1 + random.nextInt(8));
			Instant accepted = now.minus(Duration.ofMinutes(30 + random.nextInt(150 * 24 * 60)));
			Instant deadline = requestClock.deadline(accepted, item.timeLimitDays());
			long id = requests.nextId();
			int fate = random.nextInt(100);
			RequestStatus status = accepted.isBefore(now.minus(Duration.ofDays(30)))
					? (fate < 94 ? RequestStatus.DONE : RequestStatus.NOT_ACCEPTED)
					: fate < 55 ? RequestStatus.DONE : fate < 75 ? RequestStatus.IN_PROGRESS
							: fate < 85 ? RequestStatus.ACCEPTED : fate < 95 ? RequestStatus.SUPPLEMENT
									: RequestStatus.NOT_ACCEPTED;
			boolean finished = status.finished();
			Instant finishedAt = finished ? min(now, accepted.plus(Duration.between(accepted, deadline)
				.multipliedBy(20 + random.nextInt(100)).dividedBy(100))) : null;
			String staff = "staff" + community.substring(9);
			String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
			List<String> missing = status == RequestStatus.SUPPLEMENT && !item.materials().isEmpty()
					? List.of(item.materials().get(0).name()) : List.of();
			RequestRow row = new RequestRow(id, "BJ" + requestClock.day(accepted).toString().replace("-", "") + "-"
					+ "%06d".formatted(id), item.code(), item.name(), community, hall(halls, community), item.counter(),
					RequestChannel.values()[random.nextInt(3)], item.timeLimitDays() == 0 ? Handling.IMMEDIATE
							: fate % 7 == 0 ? Handling.FORWARDED : Handling.PROMISED, status, name,
					"139" + "%08d".formatted(random.nextInt(100_000_000)), null, null, staff, staff, null,
					item.timeLimitDays(), accepted, accepted, deadline, requestClock.yellowFrom(accepted, deadline),
					status == RequestStatus.SUPPLEMENT ? accepted.plusSeconds(3600) : null, missing,
					status == RequestStatus.SUPPLEMENT, status == RequestStatus.NOT_ACCEPTED ? "不符合受理条件" : null,
					status == RequestStatus.DONE ? "已办结" : null, finishedAt, finished ? staff : null);
			requests.insert(row);
			requests.addStep(id, accepted, staff, "RECORD", RequestStatus.ACCEPTED, null, null, null, null);
			if (finished) {
				requests.addStep(id, finishedAt, staff, status == RequestStatus.DONE ? "FINISH" : "REFUSE", status,
						row.result() != null ? row.result() : row.reason(), null, null, null);
				if (random.nextInt(100) < 70) {
					int score = random.nextInt(100) < 85 ? 4 + random.nextInt(2) : random.nextInt(100) < 50 ? 3
							: 1 + random.nextInt(2);
					String comment = score >= 4 ? COMMENTS_GOOD[random.nextInt(COMMENTS_GOOD.length)]
							: score <= 2 ? COMMENTS_BAD[random.nextInt(COMMENTS_BAD.length)] : null;
					ratings.record(new RatedSubject(SubjectKind.REQUEST, id, row.number() + " " + item.name(), null,
							community, row.hall(), item.counter(), item.code(), item.name(), staff, null), score,
							comment, min(now, finishedAt.plusSeconds(600)));
				}
			}
			count++;
		}
		// the older call-backs were made
		callbacks.demoMadeBefore(now.minus(Duration.ofDays(14)));
		log.info("Demo requests loaded: {} requests over {} published items", count, available.size());
	}

	/** The community's own hall by its demo name, else the street's centre (most street-level items go there). */
	private static String hall(java.util.Map<String, String> halls, String community) {
		return halls.getOrDefault(community, halls.getOrDefault(STREET, "如意湖街道便民服务中心"));
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
