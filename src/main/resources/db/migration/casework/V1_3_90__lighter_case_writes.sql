-- Every report inserts one row into event_case and one entry into each of its indexes, so an index that another
-- index already serves is paid for on every write and never used (intake, docs/benchmarks.md "Casework intake"):
-- the grid prefix and the report time lead event_case_grid_status_idx and event_case_indicator_idx; a status alone
-- (ten values) is never selective without a grid prefix or an assignee, which have their own indexes.
drop index event_case_grid_idx;
drop index event_case_created_idx;
drop index event_case_status_idx;

-- Duplicate lookup (重复上报): same small class, open, within 50 m and 24 h. The old index on (category, reported
-- at) read every report of the class in the last 24 h of the whole district; this one reads the reports of the class
-- in the cells of 0.001° (about 110 m × 90 m here) around the point, open cases only.
create index event_case_nearby_idx on event_case
    (category_code, (floor(lat * 1000)::integer), (floor(lng * 1000)::integer), created_at)
    where lat is not null and status not in ('CLOSED', 'DISMISSED', 'MERGED');
drop index event_case_dup_idx;
