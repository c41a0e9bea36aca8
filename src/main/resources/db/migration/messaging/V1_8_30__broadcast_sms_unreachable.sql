-- 联动应急 reminders: beside the SMS sent to the members who did not acknowledge, how many of them the registry
-- knows no phone of (staff, members confirmed without naming the registry person), so the sender knows whom the
-- SMS could not reach.
alter table msg_broadcast add column sms_unreachable int;
