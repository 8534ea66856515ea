-- R-4: business trips: a rep's request naming the customers, the team manager's decision, and the report after the
-- trip with the visit log entries it links.
create table business_trip (
    id               uuid primary key,
    rep_id           text        not null,
    team             text        not null,
    destination      text        not null,
    start_date       date        not null,
    end_date         date        not null,
    purpose          text        not null,
    customer_ids     uuid[]      not null,
    status           text        not null,
    requested_at     timestamptz not null,
    decided_by       text,
    decided_at       timestamptz,
    decision_comment text,
    outcome          text,
    visit_ids        uuid[]      not null default '{}',
    reported_at      timestamptz,
    version          bigint      not null default 0,
    constraint business_trip_dates check (end_date >= start_date)
);
-- The manager's list (team) and the rep's own, latest start first.
create index business_trip_team_start on business_trip (team, start_date desc, rep_id);
create index business_trip_rep_start on business_trip (rep_id, start_date desc);
