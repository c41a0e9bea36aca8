-- 已办 (/cases/mine, done by me): the cases a person took a step in, their latest step first. The trace is read by
-- actor, each case's newest step first, from this index alone.
create index event_case_history_actor_idx on event_case_history (actor, case_id, seq desc) include (action, at);
