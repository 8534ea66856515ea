-- order-service, second part: orders made by signing a quote (O-3), their fulfilment and acceptance (O-4, O-5), change
-- requests (O-6), payment milestones, payments and their confirmation (O-7, O-9, O-10) and the tasks they open.
-- Deadlines are stored when set (payment due times, acceptance window, delivery reminder), never recomputed on read.
create table customer_order (
    id                        uuid primary key,
    quote_id                  uuid          not null unique,
    customer_id               uuid          not null,
    owner_id                  text          not null,
    team                      text          not null,
    amount                    numeric(16,2) not null check (amount > 0),
    stage                     text          not null,
    installation_included     boolean       not null,
    delivery_date             date          not null,
    penalty_rate              numeric(9,6)  not null check (penalty_rate >= 0 and penalty_rate <= 1),
    signed_by                 text          not null,
    signed_at                 timestamptz   not null,
    tracking_number           text,
    production_scheduled_at   timestamptz,
    shipped_at                timestamptz,
    arrived_at                timestamptz,
    installed_at              timestamptz,
    accepted_at               timestamptz,
    acceptance_deemed         boolean       not null default false,
    acceptance_due_at         timestamptz,
    rejected_at               timestamptz,
    rejection_reasons         text,
    delivery_reminder_due_at  timestamptz   not null,
    delivery_reminder_sent_at timestamptz,
    days_late                 integer       not null default 0,
    penalty_amount            numeric(16,2) not null default 0,
    credit_check              text,
    credit_approved_by        text,
    credit_approved_at        timestamptz,
    closed_at                 timestamptz,
    version                   bigint        not null default 0,
    updated_at                timestamptz   not null
);
-- Lists within a data scope, newest first.
create index customer_order_owner on customer_order (owner_id, signed_at desc);
create index customer_order_team on customer_order (team, signed_at desc);
create index customer_order_all on customer_order (signed_at desc);
create index customer_order_customer on customer_order (customer_id);
-- O-5: the deemed-acceptance job finds orders past their acceptance deadline.
create index customer_order_acceptance_due on customer_order (acceptance_due_at) where acceptance_due_at is not null;
-- O-4: the delivery-reminder job finds reminders not yet sent.
create index customer_order_reminder_due on customer_order (delivery_reminder_due_at)
    where delivery_reminder_sent_at is null;

create table order_milestone (
    order_id            uuid          not null references customer_order (id),
    kind                text          not null,
    share_percent       numeric(5,2)  not null check (share_percent >= 0 and share_percent <= 100),
    amount              numeric(16,2) not null check (amount >= 0),
    due_at              timestamptz,
    paid                numeric(16,2) not null default 0 check (paid >= 0),
    confirmed           numeric(16,2) not null default 0 check (confirmed >= 0),
    overdue_reported_at timestamptz,
    primary key (order_id, kind),
    -- O-7: never more paid than the milestone asks.
    check (paid <= amount)
);
-- O-7, O-10: receivables (outstanding money) by due time; the overdue job's candidates.
create index order_milestone_outstanding on order_milestone (due_at) where paid < amount and due_at is not null;
create index order_milestone_unreported on order_milestone (due_at)
    where paid < amount and due_at is not null and overdue_reported_at is null;

create table order_payment (
    id           uuid primary key,
    order_id     uuid          not null references customer_order (id),
    milestone    text          not null,
    amount       numeric(16,2) not null check (amount > 0),
    received_at  timestamptz   not null,
    recorded_by  text          not null,
    recorded_at  timestamptz   not null,
    confirmed_by text,
    confirmed_at timestamptz
);
create index order_payment_order on order_payment (order_id, recorded_at);
-- O-10: finance's queue of payments awaiting confirmation.
create index order_payment_unconfirmed on order_payment (recorded_at) where confirmed_at is null;

create table order_change_request (
    id                 uuid primary key,
    order_id           uuid         not null references customer_order (id),
    delivery_date      date,
    prepayment_percent numeric(5,2),
    arrival_percent    numeric(5,2),
    acceptance_percent numeric(5,2),
    penalty_rate       numeric(9,6),
    reason             text,
    status             text         not null,
    requested_by       text         not null,
    requested_at       timestamptz  not null,
    decided_by         text,
    decided_at         timestamptz,
    comment            text
);
create index order_change_request_order on order_change_request (order_id, requested_at);

create table order_task (
    id         uuid primary key,
    order_id   uuid        not null references customer_order (id),
    owner_id   text        not null,
    team       text        not null,
    kind       text        not null,
    due_at     timestamptz not null,
    done_at    timestamptz,
    created_at timestamptz not null
);
create index order_task_order on order_task (order_id);
create index order_task_open on order_task (owner_id, due_at) where done_at is null;
