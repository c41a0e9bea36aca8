-- Cases (案卷) of the closed loop and their append-only trace. Every query is bounded by a region-code prefix
-- on grid_code (the grid the problem lies in), hence the text_pattern_ops index.

-- The running part of the case number SJ<yyyyMMdd>-<nnnnnn>; the date is the report's day in Asia/Shanghai.
create sequence event_case_number_seq;

create table event_case (
    id                  bigserial    primary key,
    number              varchar(20)  not null unique,
    category_code       varchar(10)  not null,
    -- the category's time limit when the case was reported, so a later catalog edit does not move deadlines
    time_limit          varchar(16)  not null,
    grid_code           varchar(18)  not null,
    status              varchar(16)  not null,
    assignee_level      varchar(16),
    assignee_unit       varchar(32),
    assignee_user       varchar(64),
    reporter_account_id bigint,
    reporter_username   varchar(64)  not null,
    reporter_contact    varchar(100),
    channel             varchar(16)  not null,
    -- stored exactly as given (HTML included); whoever renders it escapes it
    description         text         not null,
    lat                 double precision,
    lng                 double precision,
    address             varchar(200),
    handled_on_the_spot boolean      not null default false,
    -- the handling clock (GB/T 30428: it starts at dispatch) and what the board derives from it
    stage_started_at    timestamptz,
    clock_stopped_at    timestamptz,
    extension_requested varchar(16),
    extensions_granted  varchar(200),
    deadline            timestamptz,
    yellow_at           timestamptz,
    rework_count        integer      not null default 0,
    extension_count     integer      not null default 0,
    rating              smallint     check (rating between 1 and 5),
    rating_comment      varchar(500),
    rated_at            timestamptz,
    merged_into         bigint       references event_case (id),
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    -- optimistic locking: every change bumps it, a stale or replayed write is refused
    version             integer      not null default 0
);
create index event_case_grid_idx on event_case (grid_code text_pattern_ops);
create index event_case_status_idx on event_case (status);
create index event_case_created_idx on event_case (created_at);
create index event_case_reporter_idx on event_case (reporter_account_id);
create index event_case_assignee_idx on event_case (assignee_unit);
create index event_case_open_deadline_idx on event_case (deadline)
    where status in ('DISPATCHED', 'IN_PROGRESS');

create table event_case_history (
    case_id     bigint       not null references event_case (id),
    seq         integer      not null,
    at          timestamptz  not null,
    actor       varchar(64)  not null,
    role        varchar(32)  not null,
    action      varchar(32),
    from_status varchar(16),
    to_status   varchar(16)  not null,
    note        text,
    photos      jsonb        not null default '[]'::jsonb,
    primary key (case_id, seq)
);

-- The trace is evidence: once written, never changed.
create function event_case_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'event_case_history is append-only';
end;
$$;
create trigger event_case_history_no_change before update or delete on event_case_history
    for each row execute function event_case_history_append_only();
