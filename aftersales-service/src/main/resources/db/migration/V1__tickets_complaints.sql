-- aftersales-service, first part: who owns which customer (projection of crm.customer.events), team rosters
-- (crm.lead.events) and each team's round-robin turn, tickets (A-1) and complaints (A-2). Every deadline is stored
-- when its clock starts; the jobs read them, nothing recomputes them. No contact data: a complainant is a name.
create table customer_ownership (
    customer_id uuid primary key,
    owner_id    text        not null,
    team        text        not null,
    updated_at  timestamptz not null
);

create table team_member (
    team      text    not null,
    member_id text    not null,
    position  integer not null,
    primary key (team, member_id)
);

-- A-1: how many tickets each team has assigned; the next agent is turns mod the roster's size.
create table roster_turn (
    team  text primary key,
    turns bigint not null
);

create table ticket (
    id                     uuid primary key,
    customer_id            uuid        not null,
    order_id               uuid,
    type                   text        not null,
    priority               text        not null,
    description            text        not null,
    owner_id               text        not null,
    team                   text        not null,
    assignee_id            text,
    status                 text        not null,
    opened_by              text        not null,
    opened_at              timestamptz not null,
    response_due_at        timestamptz not null,
    resolution_due_at      timestamptz not null,
    responded_at           timestamptz,
    responded_by           text,
    resolved_at            timestamptz,
    resolved_by            text,
    closed_at              timestamptz,
    response_breached_at   timestamptz,
    resolution_breached_at timestamptz,
    escalated_at           timestamptz,
    version                bigint      not null default 0
);
create index ticket_owner on ticket (owner_id, opened_at desc);
create index ticket_team on ticket (team, opened_at desc);
create index ticket_all on ticket (opened_at desc);
create index ticket_customer on ticket (customer_id);
-- The breach job's claim: only tickets with a clock still running.
create index ticket_response_due on ticket (response_due_at) where status = 'OPEN' and response_breached_at is null;
create index ticket_resolution_due on ticket (resolution_due_at)
    where status in ('OPEN', 'RESPONDED') and resolution_breached_at is null;

create table complaint (
    id                    uuid primary key,
    customer_id           uuid        not null,
    owner_id              text        not null,
    team                  text        not null,
    complainant           text        not null,
    channel               text        not null,
    content               text        not null,
    related_order_id      uuid,
    status                text        not null,
    raised_by             text        not null,
    raised_at             timestamptz not null,
    apology_due_at        timestamptz not null,
    escalation_due_at     timestamptz not null,
    initial_plan          text,
    planned_by            text,
    planned_at            timestamptz,
    execution_due_at      timestamptz,
    resolved_by           text,
    resolved_at           timestamptz,
    callback_due_at       timestamptz,
    called_back_at        timestamptz,
    root_cause            text,
    improvement_actions   text,
    closed_by             text,
    closed_at             timestamptz,
    apology_breached_at   timestamptz,
    execution_breached_at timestamptz,
    callback_breached_at  timestamptz,
    escalated_at          timestamptz,
    version               bigint      not null default 0
);
create index complaint_owner on complaint (owner_id, raised_at desc);
create index complaint_team on complaint (team, raised_at desc);
create index complaint_all on complaint (raised_at desc);
create index complaint_customer on complaint (customer_id);
create index complaint_apology_due on complaint (apology_due_at) where status = 'RAISED' and apology_breached_at is null;
create index complaint_execution_due on complaint (execution_due_at)
    where status = 'PLANNED' and execution_breached_at is null;
create index complaint_callback_due on complaint (callback_due_at)
    where called_back_at is null and callback_breached_at is null;
create index complaint_escalation_due on complaint (escalation_due_at)
    where status in ('RAISED', 'PLANNED') and escalated_at is null;
