-- aftersales-service, second part: customer feedback with its closed loop (A-3) and satisfaction surveys (A-4).
create table feedback (
    id             uuid primary key,
    customer_id    uuid        not null,
    owner_id       text        not null,
    team           text        not null,
    classification text        not null check (classification in ('PRODUCT', 'SERVICE', 'PROCESS')),
    queue          text        not null check (queue in ('R_AND_D', 'AFTER_SALES', 'OPERATIONS')),
    summary        text        not null,
    received_by    text        not null,
    received_at    timestamptz not null,
    -- A-3: set once, when the improvement ships; the task tells the customer's owner to tell the customer.
    improvement    text,
    shipped_by     text,
    shipped_at     timestamptz,
    task_id        uuid unique,
    task_assignee  text,
    task_due_at    timestamptz,
    version        bigint      not null default 0
);
create index feedback_queue on feedback (queue, received_at desc);
create index feedback_team on feedback (team, received_at desc);
create index feedback_task_assignee on feedback (task_assignee, task_due_at) where task_id is not null;

create table survey (
    id           uuid primary key,
    customer_id  uuid        not null,
    owner_id     text        not null,
    team         text        not null,
    kind         text        not null check (kind in ('ORDER_ACCEPTED', 'QUARTERLY')),
    order_id     uuid,
    quarter      text,
    issued_at    timestamptz not null,
    satisfaction smallint check (satisfaction between 1 and 5),
    nps          smallint check (nps between 0 and 10),
    answered_by  text,
    answered_at  timestamptz,
    version      bigint      not null default 0,
    check ((kind = 'ORDER_ACCEPTED' and order_id is not null) or (kind = 'QUARTERLY' and quarter is not null))
);
-- A-4: exactly one survey per accepted order, and one per customer per quarter, however often an event or job repeats.
create unique index survey_one_per_order on survey (order_id) where order_id is not null;
create unique index survey_one_per_customer_quarter on survey (customer_id, quarter) where quarter is not null;
create index survey_answered on survey (answered_at, team) where answered_at is not null;

-- A-4: the active customers (those with an accepted order), with their owner and team at the last acceptance.
create table survey_customer (
    customer_id       uuid primary key,
    owner_id          text        not null,
    team              text        not null,
    first_accepted_at timestamptz not null,
    updated_at        timestamptz not null
);
