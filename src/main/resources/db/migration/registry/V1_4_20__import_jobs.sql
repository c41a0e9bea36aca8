-- Bulk imports (批量导入): one row per uploaded file, so a job's state and counters survive a restart. A job
-- left RUNNING by a crash is marked FAILED at the next start; running the same file again ends in the same
-- state, because rows are upserted by their key (the ID number's hash for people).
create table import_job (
    id           bigserial primary key,
    kind         varchar(32)  not null,
    state        varchar(16)  not null,
    owner        varchar(64)  not null,
    owner_region varchar(18)  not null,
    filename     varchar(255) not null,
    total        integer      not null default 0,
    imported     integer      not null default 0,
    updated      integer      not null default 0,
    unchanged    integer      not null default 0,
    rejected     integer      not null default 0,
    progress     integer      not null default 0,
    error_key    varchar(100),
    headers      text[]       not null default '{}',
    created_at   timestamptz  not null,
    finished_at  timestamptz
);

create index import_job_owner on import_job (owner, id);

-- The rejected rows as they came (original cells) with the reason in Chinese. The cells can hold ID and phone
-- numbers, so they are sealed like every identifier (registry.vault.Sealed: SM4-GCM of the JSON array).
create table import_reject (
    job_id       bigint      not null references import_job (id) on delete cascade,
    row_number   integer     not null,
    cells_sealed bytea       not null,
    reason       text        not null,
    primary key (job_id, row_number)
);

