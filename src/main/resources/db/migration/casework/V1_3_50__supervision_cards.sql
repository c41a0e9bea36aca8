-- The cards a supervisor issued (督办黄牌/红牌), for the supervision board; who and why are in the case's trace
-- (the supervise step at the same instant).
create table event_case_card (
    id      bigserial   primary key,
    case_id bigint      not null references event_case (id),
    card    varchar(8)  not null check (card in ('YELLOW', 'RED')),
    at      timestamptz not null
);
create index event_case_card_case_idx on event_case_card (case_id, at);
