package org.civicgrid.casework.internal;

import java.time.Clock;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * db-scheduler wired by hand (its Boot starter predates Boot 4): the timers' task, {@code case-colour}, the recurring
 * figures job, {@code case-figures}, and a scheduler per node that polls the shared table. Timers are written by
 * {@link CaseTimers} in the case's own transaction.
 */
@Configuration(proxyBeanMethods = false)
class CaseTimerConfiguration {

	@Bean
	OneTimeTask<Void> caseColourTask(ObjectProvider<CaseTimerFiring> firing, CaseTimerSettings settings, Clock clock) {
		return Tasks.oneTime(CaseTimers.TASK)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(settings.retryAfter()))
			.execute((instance, context) -> firing.getObject().fire(instance.getId(), clock.instant()));
	}

	/** A fixed delay after each run, so a slow run is never overlapped by the next one on another node. */
	@Bean
	RecurringTask<Void> caseFiguresTask(ObjectProvider<CaseFigureRefresh> refresh, CaseFigureSettings settings) {
		return Tasks.recurring("case-figures", FixedDelay.of(settings.refreshInterval()))
			.execute((instance, context) -> refresh.getObject().refresh());
	}

	@Bean
	CaseTimerScheduler caseTimerScheduler(DataSource dataSource, OneTimeTask<Void> caseColourTask,
			RecurringTask<Void> caseFiguresTask, CaseTimerSettings settings, Clock clock) {
		return new CaseTimerScheduler(dataSource, caseColourTask, caseFiguresTask, settings, clock);
	}
}
