-- What a step tells the reporter (答复), apart from the note staff write for each other: the handler's feedback
-- (处置反馈) and the reason a report is not taken up (不予受理). Steps written before have none, so nothing a
-- handler wrote for the office alone becomes public after the fact. Adding a column changes no existing row.
alter table event_case_history add column reply text;
