-- Outbound messages (SMS through Alibaba Cloud SMS, WeCom group robots): one row per message, recipient and channel.
-- The unique key is the at-most-once rule: asking twice, on one node or two, finds the row already there.
-- No phone is stored: a person is named by their registry id (and the member's account for preferences), the
-- phone is opened from the registry's vault when the message is sent; recipient_label keeps only the masked phone
-- (138****5678) the log shows, or the robot's configured name (never its key).
create table outbound_delivery (
    id                 bigserial    primary key,
    message_key        varchar(200) not null,
    channel            varchar(16)  not null,
    recipient_key      varchar(100) not null,
    person_id          bigint,
    account_id         bigint,
    robot              varchar(64),
    recipient_label    varchar(64),
    -- the rate-limit bucket: SMS for every SMS, WECOM_ROBOT:<robot> per robot (WeCom limits each robot)
    rate_key           varchar(100) not null,
    post_kind          varchar(16)  not null,
    region_code        varchar(18)  not null,
    template_code      varchar(64),
    template_params    jsonb,
    body               text,
    body_format        varchar(8),
    mention_all        boolean      not null default false,
    mention_person_ids bigint[]     not null default '{}',
    state              varchar(10)  not null,
    attempts           integer      not null default 0,
    next_attempt_at    timestamptz  not null,
    -- a node that picked the row sends it until then; after, another node may (the first one stopped)
    claimed_until      timestamptz,
    last_attempt_at    timestamptz,
    last_error         varchar(500),
    provider_id        varchar(100),
    created_at         timestamptz  not null,
    sent_at            timestamptz,
    constraint outbound_delivery_once unique (message_key, recipient_key, channel),
    constraint outbound_delivery_state check (state in ('PENDING', 'DEFERRED', 'SENT', 'FAILED', 'SKIPPED')),
    constraint outbound_delivery_channel check (channel in ('SMS', 'WECOM_ROBOT'))
);

-- what the worker looks for: open rows by bucket and due time
create index outbound_delivery_due on outbound_delivery (rate_key, next_attempt_at)
    where state in ('PENDING', 'DEFERRED');
-- the delivery log: region scope, newest first
create index outbound_delivery_region on outbound_delivery (region_code text_pattern_ops);
create index outbound_delivery_created on outbound_delivery (created_at desc, id desc);

-- Sends per rate bucket and clock minute, shared by every node: a node takes from this minute's budget under the
-- row's lock before it sends. Old minutes are deleted by the worker.
create table outbound_rate (
    rate_key     varchar(100) not null,
    window_start timestamptz  not null,
    used         integer      not null,
    primary key (rate_key, window_start)
);

-- Which kinds of post reach a member by SMS; a kind without a row follows
-- civicgrid.messaging.outbound.sms-by-default. Emergencies always do.
create table outbound_sms_preference (
    account_id bigint      not null references account (id) on delete cascade,
    post_kind  varchar(16) not null,
    by_sms     boolean     not null,
    changed_at timestamptz not null,
    primary key (account_id, post_kind)
);
