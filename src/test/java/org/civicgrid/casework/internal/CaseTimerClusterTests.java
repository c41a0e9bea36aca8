package org.civicgrid.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.civicgrid.testing.Api;
import org.civicgrid.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The scheduler side of the case timers: two scheduler nodes on one database fire each timer exactly once, and a
 * timer row commits or rolls back with the case's transaction.
 */
class CaseTimerClusterTests extends ApiTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseTimerFiring firing;

	@Autowired
	CaseTimers timers;

	@Autowired
	CaseStages stages;

	@Autowired
	Cases cases;

	@Autowired
	TransactionTemplate tx;

	@Test
	void twoSchedulerNodesFireEachTimerOnce() throws Exception {
		// a table of their own with the same layout, so the application's own scheduler stays out of the race
		jdbc.sql("create table if not exists case_timer_race (like scheduled_tasks including all)").update();
		jdbc.sql("delete from case_timer_race").update();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ids.add(report());
		}
		Instant due = Instant.now().minusSeconds(1);
		for (long id : ids) {
			jdbc.sql("""
					insert into case_timer_race (task_name, task_instance, execution_time, picked, version)
					values ('case-colour', :instance, :due, false, 1)""")
				.param("instance", id + ":respond:YELLOW")
				.param("due", java.sql.Timestamp.from(due))
				.update();
		}
		Map<String, AtomicInteger> firings = new ConcurrentHashMap<>();
		Map<CaseTimerFiring.Outcome, AtomicInteger> outcomes = new ConcurrentHashMap<>();
		OneTimeTask<Void> counting = Tasks.oneTime(CaseTimers.TASK).execute((instance, context) -> {
			firings.computeIfAbsent(instance.getId(), k -> new AtomicInteger()).incrementAndGet();
			outcomes.computeIfAbsent(firing.fire(instance.getId(), Instant.now()), k -> new AtomicInteger())
				.incrementAndGet();
		});
		Scheduler one = node(counting, "node-1");
		Scheduler two = node(counting, "node-2");
		one.start();
		two.start();
		try {
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (remaining() > 0 && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
		}
		finally {
			one.stop();
			two.stop();
		}
		assertThat(remaining()).isZero();
		assertThat(firings).hasSize(40);
		assertThat(firings.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
		assertThat(outcomes.get(CaseTimerFiring.Outcome.CHANGED)).hasValue(40);
		// the timers fired before the yellow instant, so the case is not yellow yet (CaseColours); what each firing
		// did is in the timers' memory of the colour they reached
		for (long id : ids) {
			assertThat(jdbc.sql("select colour from event_case where id = :id").param("id", id).query(String.class)
				.single()).isEqualTo("YELLOW");
		}
	}

	@Test
	void aTimerRowRollsBackWithItsTransaction() {
		long id = report();
		CaseFile file = cases.find(new org.civicgrid.casework.CaseId(id)).orElseThrow().file();
		CaseStage stage = stages.current(file).orElseThrow();
		tx.executeWithoutResult(status -> {
			timers.scheduleAfter(file.id(), stage, org.civicgrid.casework.Colour.YELLOW);
			assertThat(timerCount(id + ":respond:RED")).isOne(); // seen inside the transaction
			status.setRollbackOnly();
		});
		assertThat(timerCount(id + ":respond:RED")).isZero();
		tx.executeWithoutResult(status -> timers.scheduleAfter(file.id(), stage, org.civicgrid.casework.Colour.YELLOW));
		assertThat(timerCount(id + ":respond:RED")).isOne();
	}

	private Scheduler node(OneTimeTask<Void> task, String name) {
		return Scheduler.create(dataSource, task)
			.tableName("case_timer_race")
			.schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed(name))
			.threads(4)
			.pollingInterval(Duration.ofMillis(50))
			.pollUsingLockAndFetch(0.5, 1.0)
			.build();
	}

	private long remaining() {
		return jdbc.sql("select count(*) from case_timer_race").query(Long.class).single();
	}

	private long timerCount(String instance) {
		return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'case-colour' and task_instance = :i")
			.param("i", instance)
			.query(Long.class)
			.single();
	}

	private long report() {
		JsonNode centroid = api.as("gridworker1").get("/api/v1/regions/410105560001001").json().path("centroid");
		Map<String, Object> body = Map.of("categoryCode", "E0102", "description", "竞争测试 " + UUID.randomUUID(),
				"location", Map.of("lat", centroid.path("lat").asDouble(), "lng", centroid.path("lng").asDouble()));
		Api.Response r = api.as("resident1").post("/api/v1/cases", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().path("id").asLong();
	}
}
