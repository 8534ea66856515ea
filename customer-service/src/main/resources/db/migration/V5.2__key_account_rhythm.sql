-- C-12: the key-account rhythm tasks opened, one per customer, quarter ('2026-Q4') and kind (BUSINESS_REVIEW,
-- DEEP_CONVERSATION): what makes a rerun or a restart of the quarterly run open nothing twice, and what the manager's
-- quarter view joins to the task.
create table key_account_task (
    customer_id uuid        not null references customer (id),
    quarter     text        not null check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    kind        text        not null check (kind in ('BUSINESS_REVIEW', 'DEEP_CONVERSATION')),
    task_id     uuid        not null unique,
    opened_at   timestamptz not null,
    primary key (customer_id, quarter, kind)
);
-- The manager's view reads one quarter's reviews.
create index key_account_task_quarter on key_account_task (quarter, kind);
