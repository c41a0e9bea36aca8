-- 联动应急: an emergency broadcast to every channel under a region, one EMERGENCY post per channel sharing the
-- broadcast's id; members acknowledge their channel's post (msg_receipt); after ack_minutes those who have not are
-- sent an SMS through the outbound adapter (sms_due_at claimed once, by one node).
create table msg_broadcast (
    id          bigserial primary key,
    region_code text not null,
    title       text not null,
    body        text not null,
    ack_minutes int not null check (ack_minutes between 1 and 1440),
    sent_by     text not null,
    sent_at     timestamptz not null,
    sms_due_at  timestamptz not null,
    sms_done_at timestamptz,
    sms_count   int
);
create index msg_broadcast_due on msg_broadcast (sms_due_at) where sms_done_at is null;
create index msg_post_broadcast on msg_post (broadcast_id) where broadcast_id is not null;
