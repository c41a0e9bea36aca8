-- 好差评, one table for every subject (a request, an appointment, an agency matter, a case): each rated once by its
-- resident. Who and where it concerns is copied at rating time, so the satisfaction figures read one table.
create table service_rating (
    id            bigserial primary key,
    subject_kind  text not null check (subject_kind in ('REQUEST', 'APPOINTMENT', 'AGENCY', 'CASE')),
    subject_id    bigint not null,
    subject_label text not null,
    score         int not null check (score between 1 and 5),
    comment       text,
    resident_account bigint,
    rated_at      timestamptz not null,
    region_code   text not null,
    hall          text,
    counter       text,
    item_code     text,
    item_name     text,
    staff         text,
    grid_worker   text,
    unique (subject_kind, subject_id)
);
create index service_rating_region on service_rating (region_code text_pattern_ops);
create index service_rating_resident on service_rating (resident_account) where resident_account is not null;

-- A call-back (回访) the rule asked for: every 差评 and a sample of the rest.
create table service_callback (
    id          bigserial primary key,
    rating_id   bigint not null unique references service_rating (id),
    region_code text not null,
    why         text not null check (why in ('BAD_RATING', 'SAMPLE')),
    created_at  timestamptz not null,
    done_at     timestamptz,
    done_by     text,
    called_at   timestamptz,
    answer      text,
    reopened    boolean
);
create index service_callback_region on service_callback (region_code text_pattern_ops);
create index service_callback_open on service_callback (created_at) where done_at is null;
