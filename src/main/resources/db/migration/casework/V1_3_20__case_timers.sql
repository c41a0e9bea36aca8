-- Case timers (三色管理): db-scheduler's own table, in the layout its PostgreSQL script gives, so the timer rows of
-- a case are written in the same transaction as the case and its history. Two scheduler nodes on one database pick
-- each row once (the picked/version columns are its lock).
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- The colour the timers last set (GREEN, YELLOW, RED); null while no stage clock runs.
alter table event_case add column colour varchar(8);
create index event_case_colour_idx on event_case (colour) where colour is not null;
