-- Forwarding up to a case (逐级转发): staff mark a resident's post "needs action"; it goes up from the courtyard to
-- the community's channel, then to the street's internal channel, a copy at each level (kind FORWARDED, naming the
-- post it carries), each hop recorded; at any level staff turn it into a case, whose public steps are then posted
-- back into the original thread (kind CASE_STEP, case_step naming the step for the reader's language).
alter table msg_post drop constraint msg_post_kind_check;
alter table msg_post add constraint msg_post_kind_check check (kind in ('NOTICE', 'APPOINTMENT', 'RELAY', 'GOOD_NEWS',
    'QUESTION', 'SUGGESTION', 'EMERGENCY', 'REPLY', 'CASE_STEP', 'FORWARDED'));
alter table msg_post add column forward_of bigint references msg_post (id);
alter table msg_post add column case_step text;

-- One row per forwarded post: where it stands now, its case once filed, and the moments the figures measure
create table msg_forward (
    post_id            bigint primary key references msg_post (id),
    origin_channel_id  bigint not null references msg_channel (id),
    at_channel_id      bigint not null references msg_channel (id),
    -- the copy in the channel it stands in now (the original itself before it first moves)
    at_post_id         bigint not null references msg_post (id),
    region_code        text not null,
    reporter_id        bigint,
    state              text not null check (state in ('FORWARDED', 'FILED', 'CLOSED')),
    case_id            bigint unique,
    case_number        text,
    -- the public step of the case as last posted back, so each step is told once
    case_step          text,
    score              int,
    posted_at          timestamptz not null,
    forwarded_at       timestamptz not null,
    filed_at           timestamptz,
    closed_at          timestamptz,
    rated_at           timestamptz
);
create index msg_forward_region on msg_forward (region_code text_pattern_ops, state);
create index msg_forward_at_post on msg_forward (at_post_id);

create table msg_forward_hop (
    post_id         bigint not null references msg_forward (post_id),
    hop             int not null,
    from_channel_id bigint not null references msg_channel (id),
    to_channel_id   bigint not null references msg_channel (id),
    copy_id         bigint not null references msg_post (id),
    note            text,
    by_username     text not null,
    at              timestamptz not null,
    primary key (post_id, hop)
);
