-- A channel may be linked to a WeCom group robot (企业微信群机器人) by its name in civicgrid.messaging.wecom.robots:
-- the staff's notices, appointments, relays and emergencies in the channel are then also sent to that WeCom group.
alter table msg_channel add column robot text;
