package org.civicgrid.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import java.sql.Timestamp;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import org.civicgrid.casework.CaseId;
import org.civicgrid.casework.Colour;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sets a case's next timer whenever the case is stored, in the same transaction: green now, the yellow timer at 80 %
 * of the stage's limit; yellow, the red one at the deadline. Each stage has its own timers ({@link CaseStage#key()});
 * those of an ended stage fire and do nothing.
 * <p>
 * The row is db-scheduler's ({@code scheduled_tasks}, a task without data), written with one
 * {@code insert ... on conflict do nothing} on the transaction's connection, sent with the case's row: the library's
 * client would look the instance up first, a second round trip on every report.
 */
@Component
class CaseTimers {

	static final TaskDescriptor<Void> TASK = TaskDescriptor.of("case-colour");

	private final JdbcClient jdbc;
	private final CaseStages stages;
	private final double scale;

	CaseTimers(JdbcClient jdbc, CaseStages stages, CaseTimerSettings settings) {
		this.jdbc = jdbc;
		this.stages = stages;
		this.scale = settings.scale();
	}

	/**
	 * The colour to store with the case now; adds the running stage's next timer to {@code writes}, which the case's
	 * own row goes with.
	 */
	Colour onSave(CaseFile file, Instant now, Statements writes) {
		Colour colour = stages.colour(file, now);
		stages.current(file).ifPresent(stage -> next(file.id(), stage, colour, writes));
		return colour;
	}

	/** Schedules the timer that follows {@code reached} in {@code stage}; none after red. */
	void scheduleAfter(CaseId id, CaseStage stage, Colour reached) {
		Statements writes = new Statements();
		next(id, stage, reached, writes);
		writes.run(jdbc);
	}

	private void next(CaseId id, CaseStage stage, Colour reached, Statements writes) {
		if (reached == Colour.GREEN) {
			schedule(new CaseTimer(id, stage.key(), Colour.YELLOW), scaled(stage, stage.yellowAt()), writes);
		}
		else if (reached == Colour.YELLOW) {
			schedule(new CaseTimer(id, stage.key(), Colour.RED), scaled(stage, stage.deadline()), writes);
		}
	}

	private static void schedule(CaseTimer timer, Instant at, Statements writes) {
		writes.add("""
				insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
				values (:task, :instance, null, :at, false, 1)
				on conflict (task_name, task_instance) do nothing""",
				Map.of("task", TASK.getTaskName(), "instance", timer.instanceId(), "at", Timestamp.from(at)));
	}

	private Instant scaled(CaseStage stage, Instant at) {
		if (scale >= 1.0) {
			return at;
		}
		long millis = Duration.between(stage.start(), at).toMillis();
		return stage.start().plusMillis((long) (millis * scale));
	}
}
