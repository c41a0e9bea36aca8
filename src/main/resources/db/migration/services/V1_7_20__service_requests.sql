-- A request (办件): a resident's matter for one service item, taken by whoever first received it (首问负责) and
-- owned by them until handed to the right counter or department; every step and hand-over is kept.
create table service_request (
    id               bigserial primary key,
    number           text not null unique,
    item_code        text not null references service_item (code),
    item_name        text not null,
    -- where it is handled, for scope (a community's staff see theirs, the street all of its own)
    region_code      text not null,
    hall             text,
    counter          text,
    channel          text not null check (channel in ('COUNTER', 'PHONE', 'AT_HOME')),
    handling         text not null check (handling in ('IMMEDIATE', 'PROMISED', 'FORWARDED')),
    status           text not null check (status in ('ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT', 'DONE', 'NOT_ACCEPTED')),
    resident_name    text not null,
    resident_phone   text,
    resident_account bigint,
    person_id        bigint,
    received_by      text not null,
    owner            text not null,
    owner_unit       text,
    time_limit_days  int not null check (time_limit_days >= 0),
    accepted_at      timestamptz not null,
    -- the handling clock: started (moved on by the time spent waiting for a supplement), due, yellow from
    clock_started    timestamptz not null,
    deadline         timestamptz not null,
    yellow_from      timestamptz not null,
    -- set while the clock stands still in 补正
    paused_since     timestamptz,
    missing_materials text[] not null default '{}',
    supplement_asked boolean not null default false,
    reason           text,
    result           text,
    finished_at      timestamptz,
    finished_by      text
);
create index service_request_region on service_request (region_code text_pattern_ops);
create index service_request_resident on service_request (resident_account) where resident_account is not null;
create index service_request_open on service_request (deadline) where finished_at is null;

-- Every step of a request, hand-overs among them (from, to, why); public ones are what the resident reads.
create table service_request_step (
    id          bigserial primary key,
    request_id  bigint not null references service_request (id),
    at          timestamptz not null,
    actor       text not null,
    action      text not null,
    status      text not null,
    note        text,
    handed_from text,
    handed_to   text,
    handed_unit text
);
create index service_request_step_request on service_request_step (request_id, id);
