-- R-4: the reps' weekly visit plans (one per rep and week, replaced until the team manager confirms it) and their
-- planned visits. Confirming opens a PLANNED_VISIT customer_task per visit; task_id links the visit to it.
create table weekly_visit_plan (
    id                 uuid primary key,
    rep_id             text        not null,
    team               text        not null,
    week_start         date        not null check (extract(isodow from week_start) = 1),
    status             text        not null,
    revision           integer     not null,
    late               boolean     not null,
    first_submitted_at timestamptz not null,
    submitted_at       timestamptz not null,
    confirmed_by       text,
    confirmed_at       timestamptz,
    version            bigint      not null default 0,
    constraint weekly_visit_plan_one_per_rep_and_week unique (rep_id, week_start)
);
-- The manager's list (team, week) and the director's (week), newest week first, then by rep.
create index weekly_visit_plan_team_week on weekly_visit_plan (team, week_start desc, rep_id);
create index weekly_visit_plan_week on weekly_visit_plan (week_start desc, rep_id);

create table weekly_planned_visit (
    plan_id        uuid          not null references weekly_visit_plan (id),
    position       integer       not null,
    customer_id    uuid          not null references customer (id),
    visit_day      date          not null,
    purpose        text          not null,
    expected_sales numeric(15, 2) not null check (expected_sales >= 0),
    route_order    integer       not null check (route_order > 0),
    task_id        uuid,
    primary key (plan_id, position),
    constraint weekly_planned_visit_route_unique unique (plan_id, visit_day, route_order)
);
