-- Serving and skipping a called ticket (办结 / 过号) and calling it again (重呼): when and by whom it was finished,
-- so the estimate can take the day's median time from call to served; how often and when last it was recalled,
-- so the hall's screen shows a recalled number on top again.
alter table service_queue_ticket
    add column finished_at timestamptz,
    add column finished_by text,
    add column recalled_at timestamptz,
    add column recalls     int not null default 0;
