create table account (
    id                  bigserial    primary key,
    username            varchar(64)  not null unique,
    display_name        varchar(100) not null,
    password_hash       varchar(100) not null,
    role                varchar(32)  not null,
    region_code         varchar(18),
    enabled             boolean      not null default true,
    failed_attempts     integer      not null default 0,
    locked_until        timestamptz,
    created_at          timestamptz  not null,
    password_changed_at timestamptz  not null
);
create index account_region_idx on account (region_code text_pattern_ops);

-- Bearer tokens are stored as SHA-256 of the token: a leaked table does not leak a working token.
create table api_token (
    id         bigserial   primary key,
    account_id bigint      not null references account (id) on delete cascade,
    token_hash char(64)    not null unique,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create index api_token_account_idx on api_token (account_id) where revoked_at is null;

-- The audit trail: logins, failures, locks, account changes, and later every reveal and export.
create table audit_event (
    id          bigserial    primary key,
    at          timestamptz  not null,
    actor       varchar(64),
    action      varchar(64)  not null,
    target      varchar(200),
    region_code varchar(18),
    detail      varchar(1000),
    remote_addr varchar(64)
);
create index audit_event_at_idx on audit_event (at desc);
create index audit_event_actor_idx on audit_event (actor, at desc);

-- Page sessions live in the database so any node can serve any request (schema of spring-session-jdbc).
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID            CHAR(36) NOT NULL,
    SESSION_ID            CHAR(36) NOT NULL,
    CREATION_TIME         BIGINT   NOT NULL,
    LAST_ACCESS_TIME      BIGINT   NOT NULL,
    MAX_INACTIVE_INTERVAL INT      NOT NULL,
    EXPIRY_TIME           BIGINT   NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);
CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);
CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    BYTEA        NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
);
