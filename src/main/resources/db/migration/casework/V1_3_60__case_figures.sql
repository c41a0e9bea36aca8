-- The board's counts by status and the indicators come from rollups that a recurring job recomputes
-- (CaseFigureRefresh, docs/casework-catalog.md "How the figures are kept"), no longer from counters every report
-- upserts: with the trigger of V1_3_41, every report of a grid waited for the same (grid, status) row until the
-- reporting transaction committed. Now a change to a case only appends a marker.
drop trigger event_case_count_track on event_case;
drop function event_case_count_track();
drop function event_case_count_add(varchar, varchar, integer);
drop table event_case_count;

-- The changes not yet in the rollups: a case as it was (sign -1) and as it is (sign +1), in the columns the figures
-- read. A read adds them to the rollups, so it is exact before the job has run; the job takes them and recomputes
-- their buckets. No key and no index, so writers never wait on each other here; autovacuum follows the job's
-- deletes without waiting for a fifth of the table to be dead.
create table event_case_dirty (
    sign             smallint    not null,
    grid_code        varchar(18) not null,
    created_at       timestamptz not null,
    status           varchar(16) not null,
    assignee_level   varchar(16),
    assignee_unit    varchar(32),
    assignee_user    varchar(64),
    deadline         timestamptz,
    clock_stopped_at timestamptz,
    stage_started_at timestamptz,
    rework_count     integer     not null,
    extension_count  integer     not null,
    rating           smallint
) with (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
        autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 5000);

create function event_case_mark_dirty() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into event_case_dirty values (-1, old.grid_code, old.created_at, old.status, old.assignee_level,
            old.assignee_unit, old.assignee_user, old.deadline, old.clock_stopped_at, old.stage_started_at,
            old.rework_count, old.extension_count, old.rating);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into event_case_dirty values (1, new.grid_code, new.created_at, new.status, new.assignee_level,
            new.assignee_unit, new.assignee_user, new.deadline, new.clock_stopped_at, new.stage_started_at,
            new.rework_count, new.extension_count, new.rating);
    end if;
    return null;
end;
$$;

create trigger event_case_mark_dirty after insert or delete on event_case
    for each row execute function event_case_mark_dirty();
-- only changes of what the figures read: a colour set by a timer, a note, a photo leave no marker
create trigger event_case_mark_dirty_on_change
    after update of status, grid_code, created_at, assignee_level, assignee_unit, assignee_user, deadline,
        clock_stopped_at, stage_started_at, rework_count, extension_count, rating on event_case
    for each row
    when ((old.status, old.grid_code, old.created_at, old.assignee_level, old.assignee_unit, old.assignee_user,
           old.deadline, old.clock_stopped_at, old.stage_started_at, old.rework_count, old.extension_count, old.rating)
          is distinct from
          (new.status, new.grid_code, new.created_at, new.assignee_level, new.assignee_unit, new.assignee_user,
           new.deadline, new.clock_stopped_at, new.stage_started_at, new.rework_count, new.extension_count, new.rating))
    execute function event_case_mark_dirty();

-- One row per report day (in civicgrid.calendar.zone) and grid: the cases by status, and the sums every indicator is
-- made of (an average as a sum and a count). Read for the region grouping of staff, for the days of a period outside
-- its whole months.
create table event_case_day (
    day              date        not null,
    grid_code        varchar(18) not null,
    reported         integer     not null,
    verified         integer     not null,
    filed            integer     not null,
    dismissed        integer     not null,
    dispatched       integer     not null,
    in_progress      integer     not null,
    handled          integer     not null,
    closed           integer     not null,
    deferred         integer     not null,
    merged           integer     not null,
    closed_on_time   integer     not null,
    assigned         integer     not null,
    reworked         integer     not null,
    extended         integer     not null,
    handling_seconds numeric     not null,
    timed            integer     not null,
    rating_sum       integer     not null,
    rated            integer     not null
);
-- the job sums a grid's month from its days; reads take the days of a period, then the grids in scope
create unique index event_case_day_key on event_case_day (grid_code text_pattern_ops, day);
create index event_case_day_period_idx on event_case_day (day, grid_code);

-- The same per month (month = its first day): the sum of the month's day rows, replaced with them. A year is
-- twelve rows per grid instead of 365.
create table event_case_month (like event_case_day);
alter table event_case_month rename column day to month;
create unique index event_case_month_key on event_case_month (grid_code text_pattern_ops, month);

-- The same sums for dispatched cases only, per assignee as well: grouping by department or person and what a
-- department handler sees (their unit at department or district level). Undispatched cases would only add rows.
create table event_case_day_assignee (like event_case_day);
alter table event_case_day_assignee add column assignee_level varchar(16) not null,
    add column assignee_unit varchar(32) not null, add column assignee_user varchar(64);
create index event_case_day_assignee_grid_idx on event_case_day_assignee (grid_code text_pattern_ops, day);
create index event_case_day_assignee_period_idx on event_case_day_assignee (day, grid_code);
create index event_case_day_assignee_unit_idx on event_case_day_assignee (assignee_unit, day);

create table event_case_month_assignee (like event_case_day_assignee);
alter table event_case_month_assignee rename column day to month;
create index event_case_month_assignee_grid_idx on event_case_month_assignee (grid_code text_pattern_ops, month);
create index event_case_month_assignee_unit_idx on event_case_month_assignee (assignee_unit, month);

-- Per grid over all days, for the board: the sum of the grid's month rows, replaced with them.
create table event_case_grid_count (like event_case_day);
alter table event_case_grid_count drop column day, add primary key (grid_code);
create index event_case_grid_count_scope_idx on event_case_grid_count (grid_code text_pattern_ops);

-- The zone the day rows were cut in: null until the first start counts them all (CaseFigureZone); a node started
-- with another civicgrid.calendar.zone counts them all again.
create table event_case_figures (
    single boolean     primary key default true check (single),
    zone   varchar(64)
);
insert into event_case_figures (zone) values (null);

-- The job finds a bucket's cases by grid and report time. This index replaces two that nothing needs any more: the
-- old indicator aggregate's (created_at, grid_code) covering index, and the grid prefix index, a prefix of this one.
-- So a report feeds one index fewer than before.
create index event_case_grid_created_idx on event_case (grid_code text_pattern_ops, created_at);
drop index event_case_indicator_idx;
drop index event_case_grid_idx;
