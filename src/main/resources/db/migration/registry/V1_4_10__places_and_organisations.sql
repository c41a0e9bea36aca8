-- Places, things and organisations of the registry (地、物、组织) beside the people of V1_4_1. Every table carries
-- the grid code (text_pattern_ops) for region scope prefixes and has a history table like person_history: who,
-- when, from which source (home visit, counter, phone, import, exchange), what changed field by field.

-- A building is a region of level BUILDING; this record keeps what the region hierarchy does not.
create table building_record (
    id               bigserial primary key,
    code             varchar(18)  not null unique,
    grid_code        varchar(15)  not null,
    address          varchar(200),
    floors           integer      not null check (floors between 1 and 200),
    units            integer      not null check (units between 1 and 50),
    property_company varchar(100),
    building_leader  varchar(50),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          integer      not null default 0
);
create index building_record_grid on building_record (grid_code text_pattern_ops);

-- A house or room (房屋): building, unit, floor, room is its natural key.
create table house (
    id            bigserial primary key,
    building_code varchar(18)  not null,
    grid_code     varchar(15)  not null,
    unit          integer      not null check (unit >= 1),
    floor         integer      not null check (floor between -5 and 200),
    room          varchar(10)  not null,
    occupancy     varchar(16)  not null check (occupancy in ('OWNER_OCCUPIED', 'RENTED', 'VACANT')),
    area          numeric(8, 2) check (area > 0),
    use           varchar(20),
    address       varchar(200),
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       integer      not null default 0,
    unique (building_code, unit, floor, room)
);
create index house_grid on house (grid_code text_pattern_ops);
create index house_address_trgm on house using gin (address gin_trgm_ops);

-- A household (户): its number is the natural key; the head is the member whose relation is 户主.
create table household (
    id             bigserial primary key,
    number         varchar(30)  not null unique,
    grid_code      varchar(15)  not null,
    house_id       bigint references house (id),
    head_person_id bigint references person (id),
    address        varchar(200),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        integer      not null default 0
);
create index household_grid on household (grid_code text_pattern_ops);
create index household_house on household (house_id);

-- A person belongs to one household at most.
create table household_member (
    household_id bigint      not null references household (id) on delete cascade,
    person_id    bigint      not null unique references person (id),
    relation     varchar(20) not null,
    position     integer     not null,
    primary key (household_id, person_id)
);

-- Organisations and enterprises (组织/企业), keyed by the unified social credit code (GB 32100). The contact
-- phone is sealed like a person's phone (SM4-GCM, key id inside) with its HMAC-SM3 lookup hash beside it.
create table organisation (
    id                   bigserial primary key,
    credit_code          char(18)     not null unique,
    name                 varchar(100) not null,
    type                 varchar(30),
    legal_representative varchar(50),
    contact_phone_sealed bytea,
    contact_phone_hash   char(64),
    employees            integer check (employees >= 0),
    address              varchar(200),
    grid_code            varchar(15)  not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              integer      not null default 0,
    constraint organisation_phone_complete check ((contact_phone_sealed is null) = (contact_phone_hash is null))
);
create index organisation_grid on organisation (grid_code text_pattern_ops);
create index organisation_name_trgm on organisation using gin (name gin_trgm_ops);

-- Infrastructure parts (部件), keyed by the 16-digit GB/T 30428.2 component code.
create table part (
    id          bigserial primary key,
    code        char(16)     not null unique,
    class_code  char(4)      not null,
    name        varchar(50),
    owner_unit  varchar(100),
    maintainer  varchar(100),
    state       varchar(16)  not null check (state in ('IN_USE', 'DAMAGED', 'LOST', 'REMOVED')),
    lat         double precision,
    lng         double precision,
    grid_code   varchar(15)  not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     integer      not null default 0
);
create index part_grid on part (grid_code text_pattern_ops);
create index part_class on part (class_code);

create table building_record_history (
    id        bigserial primary key,
    record_id bigint      not null references building_record (id),
    at        timestamptz not null,
    actor     varchar(64) not null,
    source    varchar(16) not null,
    changes   jsonb       not null
);
create index building_record_history_record on building_record_history (record_id, at);

create table house_history (like building_record_history including all);
alter table house_history add foreign key (record_id) references house (id);
create table household_history (like building_record_history including all);
alter table household_history add foreign key (record_id) references household (id);
create table organisation_history (like building_record_history including all);
alter table organisation_history add foreign key (record_id) references organisation (id);
create table part_history (like building_record_history including all);
alter table part_history add foreign key (record_id) references part (id);
