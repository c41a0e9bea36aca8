package org.civicgrid.casework.internal;

import java.time.Clock;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler wired by hand (its Boot starter predates Boot 4): one task, {@code case-colour}; a client that
 * schedules inside the caller's transaction; a scheduler per node that polls the shared table.
 */
@Configuration(proxyBeanMethods = false)
class CaseTimerConfiguration {

	@Bean
	OneTimeTask<Void> caseColourTask(ObjectProvider<CaseTimerFiring> firing, CaseTimerSettings settings, Clock clock) {
		return Tasks.oneTime(CaseTimers.TASK)
			.onFailure(new FailureHandler.OnFailureRetryLater<>(settings.retryAfter()))
			.execute((instance, context) -> firing.getObject().fire(instance.getId(), clock.instant()));
	}

	/** Schedules through the transaction-aware proxy: a timer row commits or rolls back with its case. */
	@Bean
	SchedulerClient caseTimerClient(DataSource dataSource, OneTimeTask<Void> caseColourTask) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), caseColourTask).build();
	}

	@Bean
	CaseTimerScheduler caseTimerScheduler(DataSource dataSource, OneTimeTask<Void> caseColourTask,
			CaseTimerSettings settings, Clock clock) {
		return new CaseTimerScheduler(dataSource, caseColourTask, settings, clock);
	}
}
