-- The third level of halls: grid door-to-door service (网格上门服务), a "hall" whose region is a grid, served by
-- the grid's worker at the resident's home.
alter table service_hall drop constraint service_hall_level_check;
alter table service_hall add constraint service_hall_level_check
    check (level in ('STREET_CENTRE', 'COMMUNITY_HALL', 'GRID_DOOR'));

-- A/B cover (AB角): each counter names its A staff member (主办) and its B (协办), by account username. A counter
-- taken out of service stays as a row (its past bookings point at it) but is no longer active.
alter table service_counter add column staff_a text;
alter table service_counter add column staff_b text;
alter table service_counter add column active boolean not null default true;

-- The days a staff member is away from a hall's counters (leave, training, a day at the street): on such a day
-- the B of a counter whose A is away is on duty; a counter whose A and B are both away is uncovered.
create table service_counter_absence (
    hall_code   text not null references service_hall (code),
    username    text not null,
    day         date not null,
    reason      text not null default '',
    recorded_by text not null,
    recorded_at timestamptz not null,
    primary key (hall_code, username, day)
);
create index service_counter_absence_day on service_counter_absence (hall_code, day);

-- A door-to-door booking says where the grid worker goes; a booking moved to another slot (改约) points at the
-- booking that replaced it.
alter table service_booking add column address text not null default '';
alter table service_booking add column rescheduled_to bigint references service_booking (id);
