-- 政策咨询 under the 15-minute respond / 30-minute reply commitment: a resident's question starts its clock (working
-- time by default), staff respond (claim it, or reply) and reply in the thread; unanswered at the reply time it
-- rises to the channel above (a forward by the system) with a fresh reply time there, up to the street.
create table msg_question (
    post_id          bigint primary key references msg_post (id),
    channel_id       bigint not null references msg_channel (id),
    region_code      text not null,
    -- the channel level it stands at now: 3 courtyard, 2 community, 1 street
    level            int not null,
    asked_at         timestamptz not null,
    respond_due      timestamptz not null,
    -- the commitment as first made, which the figures measure; reply_due moves with each rise
    first_reply_due  timestamptz not null,
    reply_due        timestamptz not null,
    responded_at     timestamptz,
    responded_by     text,
    replied_at       timestamptz,
    replied_by       text,
    rises            int not null default 0
);
create index msg_question_open on msg_question (reply_due) where replied_at is null;
create index msg_question_region on msg_question (region_code text_pattern_ops, asked_at);
