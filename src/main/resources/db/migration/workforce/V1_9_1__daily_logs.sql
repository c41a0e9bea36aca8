-- 民情日志: one log per grid per day, written by the grid's worker (or the AB partner covering the grid); the 四有 as
-- entries: 联系对象名单 (CONTACT), 档案底册 (ARCHIVE), 帮扶记录 (HELP), 办结事项记录 (DONE), each optionally naming the
-- registry person it concerns. Scoped by the grid's code.
create table wf_log (
    id          bigserial primary key,
    grid_code   text not null,
    day         date not null,
    households  int not null check (households between 0 and 500),
    resources   text,
    care        text,
    needs       text,
    problems    text,
    notes       text,
    written_by  text not null,
    writer_name text not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     int not null default 1,
    unique (grid_code, day)
);
create index wf_log_scope on wf_log (grid_code text_pattern_ops, day desc);
create index wf_log_day on wf_log (day desc, grid_code);

create table wf_log_entry (
    id        bigserial primary key,
    log_id    bigint not null references wf_log (id) on delete cascade,
    position  int not null,
    kind      text not null check (kind in ('CONTACT', 'ARCHIVE', 'HELP', 'DONE')),
    person_id bigint,
    text      text not null
);
create index wf_log_entry_log on wf_log_entry (log_id, position);
create index wf_log_entry_person on wf_log_entry (person_id) where person_id is not null;
