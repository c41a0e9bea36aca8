-- The walk-in queue (取号): a ticket of a hall's day for an item, numbered 1, 2, … per hall and day (the unique
-- index gives each number once across nodes), called by a counter serving the item, then served or skipped.
create table service_queue_ticket (
    id          bigserial primary key,
    hall_code   text not null references service_hall (code),
    day         date not null,
    number      int not null,
    item_code   text not null,
    account_id  bigint,
    username    text,
    state       text not null default 'WAITING' check (state in ('WAITING', 'CALLED', 'SERVED', 'SKIPPED')),
    counter_no  int,
    taken_at    timestamptz not null,
    called_at   timestamptz,
    called_by   text,
    unique (hall_code, day, number)
);
create index service_queue_waiting on service_queue_ticket (hall_code, day, state, number);
