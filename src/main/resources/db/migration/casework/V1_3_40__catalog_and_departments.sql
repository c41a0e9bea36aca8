-- The catalog and the departments move from a file into tables that admins edit. The categories are seeded from
-- the configured CSV at first start (CatalogTable), the departments here: the responsible units the default
-- catalog names. region_code null: the department serves every region of the installation.

create table case_department (
    code        varchar(32)  primary key check (code ~ '^[A-Z][A-Z0-9_-]{1,31}$'),
    name        varchar(50)  not null unique,
    region_code varchar(18),
    created_at  timestamptz  not null default now()
);

-- A department handler (职能部门办件员) works for one department and sees the cases dispatched to it.
create table case_department_handler (
    username        varchar(64) primary key,
    department_code varchar(32) not null references case_department (code)
);

create table case_category (
    code              varchar(5)   primary key check (code ~ '^[EC][0-9]{4}$'),
    kind              varchar(10)  not null,
    big_code          char(2)      not null,
    big_name          varchar(50)  not null,
    small_code        char(2)      not null,
    small_name        varchar(50)  not null,
    filing_standard   varchar(500) not null,
    time_limit        varchar(16)  not null,
    closing_standard  varchar(500) not null,
    -- department codes, comma separated, the first one receives escalations
    responsible_units varchar(400) not null,
    -- null: climb the hierarchy level by level; else escalate straight to this level
    escalate_to       varchar(16),
    position          integer      not null,
    updated_at        timestamptz  not null
);

insert into case_department (code, name) values
    ('CGZF', '区城管执法局'), ('HWZX', '区环卫中心'), ('ZJJ', '区住建局'), ('YLLH', '区园林绿化中心'),
    ('SWJ', '区水务局'), ('JJDD', '区交警大队'), ('YJGL', '区应急管理局'), ('STHJ', '区生态环境分局'),
    ('SCJG', '市场监管所'), ('GAPCS', '公安派出所'), ('XFJY', '消防救援大队'), ('GDGS', '供电公司'),
    ('GJGS', '公交公司'), ('RSJ', '区人社局'), ('RFB', '区人防办'), ('TYJ', '区体育局'), ('LDGL', '区路灯管理所'),
    ('RLGS', '热力公司'), ('RQGS', '燃气公司'), ('WYQY', '物业服务企业'), ('SQJWH', '社区居委会'),
    ('SFS', '街道司法所'), ('XCB', '街道宣传办'), ('MZK', '街道民政科'), ('WYB', '街道物业办'),
    ('ZZZX', '街道综治中心'), ('SZDW', '设置单位'), ('YYQY', '运营企业');
