-- Rows an import took with a correction (a birth date that contradicts the ID number gives way to the number's):
-- the row is imported and the job reports it as warned. A warning names the row, the field and the message key
-- with its arguments, never the cell's value, so it needs no sealing; the message is rendered in the reader's
-- language when the job or its result workbook is read.
alter table import_job add column warned integer not null default 0;

create table import_warning (
    job_id      bigint       not null references import_job (id) on delete cascade,
    row_number  integer      not null,
    field       varchar(64)  not null,
    message_key varchar(100) not null,
    args        jsonb        not null default '[]',
    primary key (job_id, row_number, field, message_key)
);
