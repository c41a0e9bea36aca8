-- The service catalog (民事一本通): an item is a code with versions. At most one version is a draft (not yet
-- published); publishing stamps it and points the item at it, so residents read that one until the next publish.
-- Earlier versions stay as they were, with who saved and published them and which fields changed.
create table service_item (
    code              text primary key,
    created_at        timestamptz not null,
    created_by        text not null,
    -- the version residents read; null until the first publish
    published_version int
);

create table service_item_version (
    code           text not null references service_item (code),
    version        int not null,
    -- the columns a search reads, beside the whole item as the API writes it (content)
    category       text not null,
    name           text not null,
    level          text not null,
    time_limit_days int not null check (time_limit_days >= 0),
    bookable       boolean not null,
    agency         boolean not null,
    at_home        boolean not null,
    life_events    text[] not null,
    content        jsonb not null,
    -- lower-case name, conditions and materials, and the pinyin initials of the name (居住证明 → jzzm)
    search_text    text not null,
    initials       text not null,
    saved_by       text not null,
    saved_at       timestamptz not null,
    published_by   text,
    published_at   timestamptz,
    -- the fields that differ from the version published before this one, and the publisher's note
    changes        text[] not null default '{}',
    note           text,
    primary key (code, version)
);

-- one draft per item
create unique index service_item_one_draft on service_item_version (code) where published_at is null;
create index service_item_version_category on service_item_version (category) where published_at is not null;
