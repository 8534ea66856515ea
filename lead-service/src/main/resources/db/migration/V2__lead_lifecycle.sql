-- The whole lead lifecycle: grades (L-4), archiving (L-5), conversion (L-6), nurturing (L-7),
-- round-robin assignment (L-8), breach bookkeeping (L-2), contacts and B-1, duplicate matching (L-3).
alter table lead
    add column grade                      text,
    add column first_contact_breached_at  timestamptz,
    add column follow_up_email_sent_at    timestamptz,
    add column follow_up_email_breached_at timestamptz,
    add column last_touch_at              timestamptz,
    add column last_outbound_contact_at   timestamptz,
    add column archive_reason             text,
    add column status_before_archive      text,
    add column linked_customer_id         uuid,
    add column customer_id                uuid,
    add column converted_at               timestamptz;
update lead set last_touch_at = coalesce(first_contacted_at, captured_at);
alter table lead alter column last_touch_at set not null;

-- The breach scanner reads open leads past a deadline that has not been reported yet (L-2).
create index lead_first_contact_breach_scan on lead (first_contact_due_at)
    where first_contacted_at is null and first_contact_breached_at is null and status in ('NEW', 'CONTACTED');
create index lead_follow_up_email_breach_scan on lead (follow_up_email_due_at)
    where follow_up_email_due_at is not null and follow_up_email_sent_at is null
      and follow_up_email_breached_at is null and status in ('NEW', 'CONTACTED');
-- The nurture scanner reads open leads by last touch (L-7).
create index lead_nurture_scan on lead (last_touch_at) where status in ('NEW', 'CONTACTED');
-- Queues filter by status and grade.
create index lead_owner_status on lead (owner_id, status);
create index lead_team_status on lead (team, status);

-- Every recorded contact (L-2, B-1).
create table lead_contact (
    id          uuid primary key,
    lead_id     uuid        not null references lead (id),
    at          timestamptz not null,
    method      text        not null,
    direction   text        not null,
    outcome     text        not null,
    notes       text,
    recorded_by text        not null
);
create index lead_contact_lead on lead_contact (lead_id, at);

-- Every capture of a lead: the first, and later ones merged into it (L-3).
create table lead_capture (
    id          uuid primary key,
    lead_id     uuid        not null references lead (id),
    channel     text        not null,
    captured_by text        not null,
    captured_at timestamptz not null
);
create index lead_capture_lead on lead_capture (lead_id, captured_at);

-- Work items of a rep: nurture touches (L-7).
create table lead_task (
    id         uuid primary key,
    lead_id    uuid        not null references lead (id),
    owner_id   text        not null,
    team       text        not null,
    kind       text        not null,
    due_at     timestamptz not null,
    created_at timestamptz not null,
    done_at    timestamptz
);
create index lead_task_owner_open on lead_task (owner_id, due_at) where done_at is null;
create index lead_task_team_open on lead_task (team, due_at) where done_at is null;
create unique index lead_task_one_open_per_kind on lead_task (lead_id, kind) where done_at is null;

-- The reps of a team, in round-robin order, and where the round stands (L-8).
create table team_member (
    team      text    not null,
    member_id text    not null,
    position  integer not null,
    primary key (team, member_id)
);
create table team_cursor (
    team text   primary key,
    next bigint not null
);

-- Contact fingerprints of known customers, from CustomerRegistered events (L-3).
create table customer_fingerprint (
    fingerprint text primary key,
    customer_id uuid not null
);
