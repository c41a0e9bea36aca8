-- Three-level channels (三级联动平台): level 1 the street office's internal channel, level 2 one per community,
-- level 3 one per building courtyard (楼院), each attached to its region. Staff are members by their post (their
-- account's region decides, so a change of post moves them); everyone else joins by the channel's code (the QR
-- poster) and is confirmed, and is a row of msg_member.
create table msg_channel (
    id          bigserial primary key,
    level       int not null check (level between 1 and 3),
    region_code text not null unique,
    name        text not null,
    join_code   text not null unique,
    -- the sequence of the channel's last post: unread = last_seq - the reader's cursor, one update per post
    last_seq    bigint not null default 0,
    created_at  timestamptz not null
);
create index msg_channel_region on msg_channel (region_code text_pattern_ops);

create table msg_member (
    channel_id      bigint not null references msg_channel (id),
    account_id      bigint not null,
    username        text not null,
    display_name    text not null,
    role            text not null default 'MEMBER' check (role in ('MODERATOR', 'MEMBER')),
    kind            text not null default 'RESIDENT' check (kind in ('RESIDENT', 'UNIT', 'SHOP')),
    state           text not null check (state in ('PENDING', 'ACTIVE', 'LEFT', 'REMOVED', 'REFUSED')),
    person_id       bigint,
    organisation_id bigint,
    note            text,
    asked_at        timestamptz not null,
    decided_at      timestamptz,
    decided_by      text,
    muted_until     timestamptz,
    primary key (channel_id, account_id)
);
create index msg_member_account on msg_member (account_id) where state = 'ACTIVE';
create index msg_member_pending on msg_member (channel_id) where state = 'PENDING';

-- A reader's cursor per channel: the last sequence they have read (staff and joined members alike)
create table msg_cursor (
    account_id bigint not null,
    channel_id bigint not null references msg_channel (id),
    read_seq   bigint not null,
    primary key (account_id, channel_id)
);

create table msg_post (
    id           bigserial primary key,
    channel_id   bigint not null references msg_channel (id),
    seq          bigint not null,
    kind         text not null check (kind in ('NOTICE', 'APPOINTMENT', 'RELAY', 'GOOD_NEWS', 'QUESTION', 'SUGGESTION',
                                               'EMERGENCY', 'REPLY', 'CASE_STEP')),
    parent_id    bigint references msg_post (id),
    author_id    bigint,
    author_name  text not null,
    author_staff boolean not null,
    title        text,
    body         text not null,
    link         text,
    item_code    text,
    confirm_read boolean not null default false,
    -- the broadcast an emergency post belongs to: one per channel under the region, acknowledged per member
    broadcast_id bigint,
    pinned       boolean not null default false,
    hidden_at    timestamptz,
    hidden_by    text,
    created_at   timestamptz not null,
    unique (channel_id, seq)
);
create index msg_post_parent on msg_post (parent_id) where parent_id is not null;
create index msg_post_body on msg_post using gin (body gin_trgm_ops);

-- Receipts only where they are asked for: a notice to confirm, an emergency to acknowledge
create table msg_receipt (
    post_id    bigint not null references msg_post (id),
    account_id bigint not null,
    at         timestamptz not null,
    primary key (post_id, account_id)
);

-- Moderation (mute, remove, pin, hide, reports): who did what to whom and why
create table msg_moderation (
    id         bigserial primary key,
    channel_id bigint not null references msg_channel (id),
    action     text not null,
    target     text not null,
    reason     text,
    actor      text not null,
    at         timestamptz not null
);
