-- Open311 GeoReport v2: the API keys other systems post with, and what a request carried beyond the case.

-- Only the SHA-256 of a key is kept (hex); the key is shown once when issued.
create table open311_api_key (
    id          bigserial    primary key,
    label       varchar(100) not null,
    key_hash    char(64)     not null unique,
    hint        varchar(8)   not null,
    created_at  timestamptz  not null,
    created_by  varchar(64)  not null,
    revoked_at  timestamptz,
    revoked_by  varchar(64)
);

-- One row per service request received through Open311: its token and the fields the case has no place for.
create table open311_request (
    case_id     bigint        primary key,
    token       uuid          not null unique,
    api_key_id  bigint        not null references open311_api_key (id),
    device_id   varchar(100),
    account_id  varchar(100),
    media_url   varchar(1000),
    attributes  jsonb         not null default '{}'::jsonb,
    created_at  timestamptz   not null
);

-- Updates posted by a FixMyStreet site, by its own update id, so a retried post is answered, not repeated.
create table open311_received_update (
    api_key_id  bigint        not null references open311_api_key (id),
    external_id varchar(100)  not null,
    case_id     bigint        not null,
    seq         integer       not null,
    primary key (api_key_id, external_id)
);
