-- Customers (C-1, C-3, C-6, C-9), their people (contact data, B-3), follow-up tasks (C-2, C-5, C-6, C-9),
-- visits with gifts and plans (C-4, C-7, C-10), purchases (C-1), team rosters (C-8), lead contact fetches (L-6).
create table customer (
    id                      uuid primary key,
    company                 text          not null,
    industry                text,
    scale                   text,
    decision_chain          text,
    owner_id                text          not null,
    team                    text          not null,
    account_manager_id      text,
    tier                    text          not null,
    tier_pinned             boolean       not null default false,
    tier_pin_reason         text,
    trailing_purchases      numeric(16,2) not null default 0,
    last_purchase_at        timestamptz,
    lead_id                 uuid unique,
    registered_at           timestamptz   not null,
    registered_by           text          not null,
    paused_until            timestamptz,
    last_contact_at         timestamptz,
    last_outbound_contact_at timestamptz,
    dormant_at              timestamptz,
    visits_without_progress integer       not null default 0,
    version                 bigint        not null default 0,
    updated_at              timestamptz   not null
);
create index customer_owner on customer (owner_id, company);
create index customer_team on customer (team, company);
create index customer_tier on customer (tier);
-- C-9: the dormancy scan reads customers not yet dormant by their last purchase (or registration).
create index customer_dormancy_scan on customer ((coalesce(last_purchase_at, registered_at))) where dormant_at is null;
-- C-6: the resume scan reads paused customers by the end of their pause.
create index customer_pause_scan on customer (paused_until) where paused_until is not null;

create table customer_contact (
    id                uuid primary key,
    customer_id       uuid not null references customer (id),
    name              text not null,
    title             text,
    phone             text,
    email             text,
    wechat            text,
    birthday          date,
    phone_fingerprint text,
    email_fingerprint text
);
create index customer_contact_customer on customer_contact (customer_id);
create index customer_contact_phone_fp on customer_contact (phone_fingerprint) where phone_fingerprint is not null;
create index customer_contact_email_fp on customer_contact (email_fingerprint) where email_fingerprint is not null;

create table customer_task (
    id           uuid primary key,
    customer_id  uuid        not null references customer (id),
    owner_id     text        not null,
    team         text        not null,
    kind         text        not null,
    due_at       timestamptz not null,
    escalate_at  timestamptz,
    escalated_at timestamptz,
    created_at   timestamptz not null,
    done_at      timestamptz,
    note         text
);
create index customer_task_owner_open on customer_task (owner_id, due_at) where done_at is null;
create index customer_task_team_open on customer_task (team, due_at) where done_at is null;
create index customer_task_customer_open on customer_task (customer_id, kind) where done_at is null;
-- C-2: the escalation scan reads open tasks by their escalation time.
create index customer_task_escalation_scan on customer_task (escalate_at)
    where done_at is null and escalated_at is null and escalate_at is not null;

create table visit (
    id               uuid primary key,
    customer_id      uuid        not null references customer (id),
    owner_id         text        not null,
    team             text        not null,
    contact_person   text        not null,
    contact_title    text,
    visited_at       timestamptz not null,
    duration_minutes integer     not null,
    method           text        not null,
    situation        text,
    problem          text,
    implication      text,
    need_payoff      text,
    objections       text,
    commitments      text,
    next_step_who    text,
    next_step_when   timestamptz,
    next_step_what   text,
    help_needed      text,
    progress         boolean     not null,
    clear_answer     boolean     not null,
    late             boolean     not null,
    filed_at         timestamptz not null,
    filed_by         text        not null,
    visit_plan_id    uuid
);
create index visit_customer on visit (customer_id, visited_at desc);

create table visit_gift (
    id              uuid primary key,
    visit_id        uuid          not null references visit (id),
    description     text          not null,
    value           numeric(12,2) not null,
    company_branded boolean       not null
);
create index visit_gift_visit on visit_gift (visit_id);

create table visit_plan (
    id           uuid primary key,
    customer_id  uuid        not null references customer (id),
    objective    text        not null,
    approach     text,
    planned_at   timestamptz,
    status       text        not null,
    requested_by text        not null,
    requested_at timestamptz not null,
    decided_by   text,
    decided_at   timestamptz,
    used_by_visit uuid
);
create index visit_plan_customer on visit_plan (customer_id, status);

create table customer_purchase (
    order_id    uuid primary key,
    customer_id uuid          not null,
    amount      numeric(16,2) not null,
    signed_at   timestamptz   not null
);
create index customer_purchase_customer on customer_purchase (customer_id, signed_at);

create table team_member (
    team      text    not null,
    member_id text    not null,
    position  integer not null,
    primary key (team, member_id)
);
create index team_member_member on team_member (member_id);

create table lead_contact_fetch (
    customer_id     uuid primary key references customer (id),
    lead_id         uuid        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    done_at         timestamptz,
    last_error      text
);
create index lead_contact_fetch_due on lead_contact_fetch (next_attempt_at) where done_at is null;
