package org.civicgrid.casework.internal;

import java.time.Clock;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * db-scheduler wired by hand (its Boot starter predates Boot 4): one task, {@code case-colour}, and a scheduler per
 * node that polls the shared table. Timers are written by {@link CaseTimers} in the case's own transaction.
 */
@Configuration(proxyBeanMethods = false)
class CaseTimerConfiguration {

	@Bean
	OneTimeTask<Void> caseColourTask(ObjectProvider<CaseTimerFiring> firing, CaseTimerSettings settings, Clock clock) {
		return Tasks.oneTime(CaseTimers.TASK)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(settings.retryAfter()))
			.execute((instance, context) -> firing.getObject().fire(instance.getId(), clock.instant()));
	}

	@Bean
	CaseTimerScheduler caseTimerScheduler(DataSource dataSource, OneTimeTask<Void> caseColourTask,
			CaseTimerSettings settings, Clock clock) {
		return new CaseTimerScheduler(dataSource, caseColourTask, settings, clock);
	}
}
