-- The board and the indicators over a district's million cases (docs/benchmarks.md, "Board and indicators over 1M
-- cases"): counts by status read an index on (grid prefix, status) alone; the open cases, a small share of all, have
-- their own partial indexes for the colours and the newest page; the indicators over a period start from the report
-- time and find everything they aggregate in the index (INCLUDE), without touching the table.
create index event_case_grid_status_idx on event_case (grid_code text_pattern_ops, status);
create index event_case_open_grid_idx on event_case (grid_code text_pattern_ops)
    include (deadline, yellow_at, clock_stopped_at)
    where status in ('REPORTED', 'VERIFIED', 'FILED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'DEFERRED');
create index event_case_open_created_idx on event_case (created_at desc, id desc)
    where status in ('REPORTED', 'VERIFIED', 'FILED', 'DISPATCHED', 'IN_PROGRESS', 'HANDLED', 'DEFERRED');
create index event_case_indicator_idx on event_case (created_at, grid_code)
    include (status, deadline, clock_stopped_at, stage_started_at, assignee_level, assignee_unit, assignee_user,
             rework_count, extension_count, rating);

-- The board's counts by status for a whole district would read a million index entries; a per-grid, per-status
-- count kept by a trigger answers it from a few thousand rows. The two counters a status change touches are locked
-- in status order, so two changes in one grid cannot deadlock.
create table event_case_count (
    grid_code varchar(18) not null,
    status    varchar(16) not null,
    n         bigint      not null,
    primary key (grid_code, status)
);
create index event_case_count_grid_idx on event_case_count (grid_code text_pattern_ops);

insert into event_case_count (grid_code, status, n)
select grid_code, status, count(*) from event_case group by grid_code, status;

create function event_case_count_add(grid varchar, st varchar, delta integer) returns void language sql as $$
    insert into event_case_count (grid_code, status, n) values (grid, st, delta)
    on conflict (grid_code, status) do update set n = event_case_count.n + excluded.n;
$$;

create function event_case_count_track() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform event_case_count_add(new.grid_code, new.status, 1);
    elsif tg_op = 'DELETE' then
        perform event_case_count_add(old.grid_code, old.status, -1);
    elsif old.status is distinct from new.status or old.grid_code is distinct from new.grid_code then
        if (old.grid_code, old.status) < (new.grid_code, new.status) then
            perform event_case_count_add(old.grid_code, old.status, -1);
            perform event_case_count_add(new.grid_code, new.status, 1);
        else
            perform event_case_count_add(new.grid_code, new.status, 1);
            perform event_case_count_add(old.grid_code, old.status, -1);
        end if;
    end if;
    return null;
end;
$$;

create trigger event_case_count_track after insert or update of status, grid_code or delete on event_case
    for each row execute function event_case_count_track();
