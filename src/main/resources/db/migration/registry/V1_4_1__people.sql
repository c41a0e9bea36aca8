-- People of the registry (人). ID numbers and phone numbers are never stored in plain text: *_sealed holds the
-- SM4-GCM bytes laid out by registry.vault.Sealed (version, key id, nonce, ciphertext and tag), *_hash the
-- HMAC-SM3 of the canonical value (lower-case hex) for exact lookup.

-- Name substring search (中文姓名片段) uses a trigram GIN index; the embedded PostgreSQL (zonky) ships contrib.
-- Trigrams cannot serve a search of one or two characters (阳明), the usual case for Chinese names, so the
-- characters and character pairs of each name are kept in name_grams under a GIN index as well.
create extension if not exists pg_trgm;

create function person_name_grams(name text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct g), '{}')
    from (select substr(name, i, 1) as g from generate_series(1, char_length(name)) i
          union all
          select substr(name, i, 2) from generate_series(1, char_length(name) - 1) i) grams
$$;

create table person (
    id                   bigserial primary key,
    name                 varchar(50)  not null,
    document_type        varchar(32),
    id_number_sealed     bytea,
    id_number_hash       char(64),
    phone_sealed         bytea,
    phone_hash           char(64),
    sex                  varchar(8),
    birth_date           date,
    ethnicity            varchar(20),
    education            varchar(20),
    employment           varchar(100),
    political_status     varchar(20),
    registered_residence varchar(200),
    actual_residence     varchar(200),
    relation_to_head     varchar(20),
    name_grams           text[]       generated always as (person_name_grams(name)) stored,
    tags                 text[]       not null default '{}',
    notes                varchar(2000),
    grid_code            varchar(18)  not null,
    building_code        varchar(18),
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              integer      not null default 0,
    constraint person_document_complete check ((document_type is null) = (id_number_sealed is null)
                                               and (id_number_sealed is null) = (id_number_hash is null)),
    constraint person_phone_complete check ((phone_sealed is null) = (phone_hash is null))
);

-- region scope: grid_code like '<prefix>%'
create index person_grid_code on person (grid_code text_pattern_ops);
-- one person per document number (the hash covers the document type for documents other than the ID card)
create unique index person_id_number_hash on person (id_number_hash);
create index person_phone_hash on person (phone_hash);
create index person_tags on person using gin (tags);
create index person_name_trgm on person using gin (name gin_trgm_ops);
create index person_name_grams on person using gin (name_grams);

-- Every change: who, when, from which source, what. Identifiers appear in changes only masked.
create table person_history (
    id        bigserial primary key,
    person_id bigint      not null references person (id),
    at        timestamptz not null,
    actor     varchar(64) not null,
    source    varchar(16) not null,
    changes   jsonb       not null
);

create index person_history_person on person_history (person_id, at);
