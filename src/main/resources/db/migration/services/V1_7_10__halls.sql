-- Service halls (the street's public service centre and each community's one-stop hall), their counters (窗口)
-- with the items each serves and how many people one 30-minute slot takes, the weekly opening hours, the weekdays
-- of the 8+4 model (two hours earlier and two hours later) and the days a hall is closed. Statutory holidays and
-- make-up days come from the working-time calendar, not from here.
create table service_hall (
    code        text primary key,
    name        text not null,
    level       text not null check (level in ('STREET_CENTRE', 'COMMUNITY_HALL')),
    region_code text not null,
    address     text not null default ''
);
create index service_hall_region on service_hall (region_code text_pattern_ops);

create table service_counter (
    hall_code text not null references service_hall (code),
    number    int not null check (number between 1 and 99),
    name      text not null,
    items     text[] not null,
    capacity  int not null check (capacity between 1 and 100),
    primary key (hall_code, number)
);
create index service_counter_items on service_counter using gin (items);

-- weekday 1 = Monday … 7 = Sunday (ISO); a day has one or more periods
create table service_hall_hours (
    hall_code text not null references service_hall (code),
    weekday   int not null check (weekday between 1 and 7),
    opens     time not null,
    closes    time not null check (closes > opens),
    primary key (hall_code, weekday, opens)
);

-- the 8+4 days: the first period opens two hours earlier and the last closes two hours later
create table service_hall_extended (
    hall_code text not null references service_hall (code),
    weekday   int not null check (weekday between 1 and 7),
    primary key (hall_code, weekday)
);

create table service_hall_closure (
    hall_code text not null references service_hall (code),
    day       date not null,
    reason    text not null default '',
    primary key (hall_code, day)
);

-- Appointments. A place of a slot (hall, counter, day, start, place_no) is held by at most one live booking and a
-- resident holds at most one live booking of an item on a day: both by unique indexes, so two nodes cannot give the
-- last place twice. A cancelled booking frees its place.
create table service_booking (
    id           bigserial primary key,
    hall_code    text not null references service_hall (code),
    counter_no   int not null,
    item_code    text not null,
    day          date not null,
    start_time   time not null,
    place_no     int not null,
    account_id   bigint not null,
    username     text not null,
    display_name text not null,
    region_code  text not null,
    state        text not null default 'BOOKED' check (state in ('BOOKED', 'CANCELLED', 'CHECKED_IN', 'NO_SHOW')),
    booked_at    timestamptz not null,
    changed_at   timestamptz,
    changed_by   text,
    reminded_at  timestamptz,
    foreign key (hall_code, counter_no) references service_counter (hall_code, number)
);
create unique index service_booking_place on service_booking (hall_code, counter_no, day, start_time, place_no)
    where state <> 'CANCELLED';
create unique index service_booking_one_a_day on service_booking (account_id, item_code, day)
    where state <> 'CANCELLED';
create index service_booking_hall_day on service_booking (hall_code, day);
create index service_booking_account on service_booking (account_id, day);
create index service_booking_region on service_booking (region_code text_pattern_ops);
