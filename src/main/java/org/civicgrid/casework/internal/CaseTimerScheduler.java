package org.civicgrid.casework.internal;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.context.SmartLifecycle;

/**
 * This node's db-scheduler, started with the application and stopped before the data source closes. Every node
 * may run one: each picks due rows with {@code select … for update skip locked} and marks them picked, so a timer
 * fires on one node only. Its clock is the application's {@link Clock}, so tests that move time move it too.
 * Beside the timers it runs the recurring figures job ({@link CaseFigureRefresh}), also once in the cluster.
 */
final class CaseTimerScheduler implements SmartLifecycle {

	private final DataSource dataSource;
	private final OneTimeTask<Void> task;
	private final RecurringTask<Void> figures;
	private final CaseTimerSettings settings;
	private final Clock clock;
	private volatile Scheduler scheduler;

	CaseTimerScheduler(DataSource dataSource, OneTimeTask<Void> task, RecurringTask<Void> figures,
			CaseTimerSettings settings, Clock clock) {
		this.dataSource = dataSource;
		this.task = task;
		this.figures = figures;
		this.settings = settings;
		this.clock = clock;
	}

	/** A scheduler over the case timers' table; the application runs one, tests may run more. */
	static Scheduler create(DataSource dataSource, OneTimeTask<Void> task, RecurringTask<Void> figures,
			CaseTimerSettings settings, com.github.kagkarlsson.scheduler.Clock clock) {
		return Scheduler.create(dataSource, task)
			.startTasks(figures)
			.threads(settings.threads())
			.pollingInterval(settings.pollingInterval())
			.pollUsingLockAndFetch(0.5, 1.0)
			.heartbeatInterval(Duration.ofSeconds(30))
			.shutdownMaxWait(Duration.ofSeconds(5))
			.clock(clock)
			.build();
	}

	@Override
	public void start() {
		if (settings.enabled() && scheduler == null) {
			scheduler = create(dataSource, task, figures, settings, clock::instant);
			scheduler.start();
		}
	}

	@Override
	public void stop() {
		Scheduler running = scheduler;
		scheduler = null;
		if (running != null) {
			running.stop();
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}
}
