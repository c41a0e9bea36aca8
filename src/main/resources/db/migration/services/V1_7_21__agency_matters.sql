-- Agency service (帮办代办, 1+1+N): one grid worker carries one resident's matter through N departments.
create table agency_matter (
    id               bigserial primary key,
    number           text not null unique,
    title            text not null,
    item_code        text references service_item (code),
    region_code      text not null,
    grid_worker      text not null,
    resident_name    text not null,
    resident_phone   text,
    resident_account bigint,
    at_home          boolean not null,
    status           text not null check (status in ('OPEN', 'DONE')),
    started_at       timestamptz not null,
    started_by       text not null,
    finished_at      timestamptz,
    result           text
);
create index agency_matter_region on agency_matter (region_code text_pattern_ops);
create index agency_matter_resident on agency_matter (resident_account) where resident_account is not null;

create table agency_step (
    id          bigserial primary key,
    matter_id   bigint not null references agency_matter (id),
    on_day      date not null,
    department  text not null,
    outcome     text not null,
    note        text,
    recorded_by text not null,
    recorded_at timestamptz not null
);
create index agency_step_matter on agency_step (matter_id, on_day, id);
