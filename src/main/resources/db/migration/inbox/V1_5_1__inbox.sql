-- The in-app inbox: one row per message and person. The text is a bundle key with arguments, worded when read.
create table inbox_message (
    id          bigserial    primary key,
    account_id  bigint       not null,
    case_id     bigint,
    case_number varchar(32),
    region_code varchar(18),
    message_key varchar(100) not null,
    args        jsonb        not null default '[]',
    -- one message per person and step: a listener run twice (the publication registry resubmits) writes nothing new
    dedupe_key  varchar(120) not null,
    -- when the step happened (listeners run in parallel, so ids are not in step order); lists sort by it
    created_at  timestamptz  not null,
    read_at     timestamptz
);
create unique index inbox_message_once_idx on inbox_message (account_id, dedupe_key);
create index inbox_message_account_idx on inbox_message (account_id, created_at desc, id desc);
create index inbox_message_unread_idx on inbox_message (account_id) where read_at is null;
create index inbox_message_region_idx on inbox_message (region_code text_pattern_ops);
