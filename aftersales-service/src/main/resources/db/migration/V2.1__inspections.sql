-- aftersales-service: quarterly proactive inspections (A-5) of the customers with an accepted order.
create table inspection_customer (
    customer_id       uuid primary key,
    owner_id          text        not null,
    team              text        not null,
    first_accepted_at timestamptz not null,
    updated_at        timestamptz not null
);

create table inspection (
    id           uuid primary key,
    customer_id  uuid        not null,
    owner_id     text        not null,
    team         text        not null,
    quarter      text        not null,
    created_at   timestamptz not null,
    -- A-5: stored, the end of the quarter in the business zone; past it and not done reads overdue.
    due_at       timestamptz not null,
    completed_by text,
    completed_at timestamptz,
    findings     text,
    version      bigint      not null default 0,
    -- A-5: once per customer per quarter.
    unique (customer_id, quarter)
);
create index inspection_team_due on inspection (team, due_at) where completed_at is null;
create index inspection_team on inspection (team, due_at);
