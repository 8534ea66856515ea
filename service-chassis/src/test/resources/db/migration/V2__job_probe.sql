create table job_probe (
    id           bigint primary key,
    due_at       timestamptz not null,
    handled      integer     not null default 0,
    note         text
);
