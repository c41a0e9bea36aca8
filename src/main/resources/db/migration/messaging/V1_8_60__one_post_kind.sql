-- The outbound kinds and the posts' kinds are one list now (messaging.PostKind): 精神传达 is RELAY in both.
update outbound_delivery set post_kind = 'RELAY' where post_kind = 'STUDY';
update outbound_sms_preference set post_kind = 'RELAY' where post_kind = 'STUDY';
