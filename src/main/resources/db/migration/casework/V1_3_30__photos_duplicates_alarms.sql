-- Photos of cases (现场照片): the bytes live in the BlobStore, content-addressed by SHA-256; this row says what they
-- are and which case they belong to, so they are served only to callers who may see that case.
create table event_case_photo (
    id              bigint       primary key,
    case_id         bigint       not null references event_case (id),
    sha256          char(64)     not null,
    thumbnail_sha256 char(64)    not null,
    content_type    varchar(32)  not null,
    size_bytes      bigint       not null,
    width           integer      not null,
    height          integer      not null,
    original_name   varchar(200),
    uploaded_by     varchar(64)  not null,
    uploaded_at     timestamptz  not null
);
create sequence event_case_photo_id_seq;
create index event_case_photo_case_idx on event_case_photo (case_id);

-- Duplicate lookup (重复上报): same small class, reported within 24 h, then a bounding box on the point.
create index event_case_dup_idx on event_case (category_code, created_at);
-- The surviving case lists the reports merged into it; their reporters follow it.
create index event_case_merged_into_idx on event_case (merged_into) where merged_into is not null;

-- Alarms from IoT sensors and video analytics (物联感知, 视频智能分析): a device resending the same alarm gets the
-- case it already raised, not a second one.
create table event_case_alarm (
    source      varchar(64)  not null,
    alarm_id    varchar(128) not null,
    case_id     bigint       not null references event_case (id),
    device_id   varchar(128) not null,
    alarm_type  varchar(64)  not null,
    received_at timestamptz  not null,
    primary key (source, alarm_id)
);
