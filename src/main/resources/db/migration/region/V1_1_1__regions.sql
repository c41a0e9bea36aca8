-- The grid hierarchy: district (6) > street (9) > community (12) > grid (15) > building (18).
-- A code is a prefix of every code below it, so a region scope is a LIKE 'prefix%' on code.
create table region (
    code            varchar(18)  primary key check (code ~ '^[0-9]{6}([0-9]{3}){0,4}$'),
    name            varchar(100) not null,
    level           varchar(16)  not null check (level in ('DISTRICT', 'STREET', 'COMMUNITY', 'GRID', 'BUILDING')),
    parent_code     varchar(18)  references region (code),
    boundary        jsonb,                   -- GeoJSON geometry, WGS-84
    min_lng         double precision,
    min_lat         double precision,
    max_lng         double precision,
    max_lat         double precision,
    centroid_lng    double precision,
    centroid_lat    double precision,
    households      integer      not null default 0,
    population      integer      not null default 0,
    ab_partner_code varchar(18)  references region (code),
    updated_at      timestamptz  not null default now(),
    check ((level = 'DISTRICT') = (parent_code is null))
);
create index region_parent_idx on region (parent_code);
create index region_code_prefix_idx on region (code text_pattern_ops);

-- Who answers for a region (一长三员公示牌): published contact cards, so phones are work numbers shown in full.
create table region_staff (
    id          bigserial    primary key,
    region_code varchar(18)  not null references region (code) on delete cascade,
    duty        varchar(20)  not null check (duty in ('GRID_LEADER', 'GRID_WORKER', 'ASSISTANT', 'INFORMANT', 'BUILDING_LEADER')),
    name        varchar(50)  not null,
    phone       varchar(20),
    photo_url   varchar(500),
    sort_order  integer      not null default 0
);
create index region_staff_region_idx on region_staff (region_code text_pattern_ops);

-- Bumped on every boundary change, so every node rebuilds its point-to-grid index.
create table region_revision (
    id       integer primary key check (id = 1),
    revision bigint  not null
);
insert into region_revision (id, revision) values (1, 0);
