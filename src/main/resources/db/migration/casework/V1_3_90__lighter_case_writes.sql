-- Every report inserts one row into event_case and one entry into each of its indexes, so an index that another
-- index already serves is paid for on every write and never used (intake, docs/benchmarks.md "Casework intake"):
-- every read that bounds the report time also bounds the grid prefix, which event_case_grid_created_idx (V1_3_60)
-- leads with; a status alone (ten values) is never selective without a grid prefix or an assignee, which have their
-- own indexes.
drop index event_case_created_idx;
drop index event_case_status_idx;

-- Duplicate lookup (重复上报): same small class, open, within 50 m and 24 h. The old index on (category, reported
-- at) read every report of the class in the last 24 h of the whole district; this one reads the reports of the class
-- in the cells of 0.001° (about 110 m × 90 m here) around the point, open cases only.
create index event_case_nearby_idx on event_case
    (category_code, (floor(lat * 1000)::integer), (floor(lng * 1000)::integer), created_at)
    where lat is not null and status not in ('CLOSED', 'DISMISSED', 'MERGED');
drop index event_case_dup_idx;

-- Rows a new report never matches need not be indexed at its insert: a new case has no assignee yet and is green;
-- handlers look their unit's cases up by a unit, lists filter by the colours that need attention.
drop index event_case_assignee_idx;
create index event_case_assignee_idx on event_case (assignee_unit) where assignee_unit is not null;
drop index event_case_colour_idx;
create index event_case_colour_idx on event_case (colour) where colour in ('YELLOW', 'RED');

-- db-scheduler's index for prioritised polling; the case timers do not enable priorities, so it is only written.
drop index scheduled_tasks_priority_execution_time_idx;
