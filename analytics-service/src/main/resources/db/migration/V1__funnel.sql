-- N-1: one row per lead, with the time it reached each funnel stage (null until it does).
create table funnel_lead (
    lead_id      uuid primary key,
    channel      text        not null,
    owner_id     text        not null,
    team         text        not null,
    captured_at  timestamptz not null,
    contacted_at timestamptz,
    graded_at    timestamptz,
    visited_at   timestamptz,
    quoted_at    timestamptz,
    signed_at    timestamptz,
    customer_id  uuid
);
-- The funnel is read for a capture period, for everyone, a team or a rep.
create index funnel_lead_captured_at on funnel_lead (captured_at);
create index funnel_lead_team_captured_at on funnel_lead (team, captured_at);
create index funnel_lead_owner_captured_at on funnel_lead (owner_id, captured_at);
