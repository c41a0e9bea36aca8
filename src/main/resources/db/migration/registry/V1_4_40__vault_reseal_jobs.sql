-- Key rotation of the personal-data vault (registry.vault): one row per reseal run, so its progress survives a
-- restart and every run keeps its counters. A run reseals, batch by batch (each batch one transaction with the
-- run's counters), every sealed value whose key id is not the active one; a value rewritten meanwhile by a writer
-- is left as the writer sealed it (under the active key). A run can stop anywhere: the next one finds what is left.
create table vault_reseal_job (
    id            bigserial primary key,
    state         varchar(16) not null,
    owner         varchar(64) not null,
    active_key_id varchar(32) not null,
    total         bigint      not null default 0,
    resealed      bigint      not null default 0,
    changed       bigint      not null default 0,
    unreadable    bigint      not null default 0,
    error_key     varchar(100),
    created_at    timestamptz not null,
    heartbeat_at  timestamptz not null,
    finished_at   timestamptz
);

-- one run at a time, across every node
create unique index vault_reseal_job_running on vault_reseal_job ((true)) where state = 'RUNNING';
