-- Leads (rules L-1, L-2). Contact data stays in this table; events carry only its fingerprints (B-3).
create table lead (
    id                     uuid primary key,
    name                   text        not null,
    company                text,
    phone                  text,
    email                  text,
    phone_fingerprint      text,
    email_fingerprint      text,
    channel                text        not null,
    referrer_customer_id   uuid,
    notes                  text,
    owner_id               text        not null,
    team                   text        not null,
    status                 text        not null,
    captured_by            text        not null,
    captured_at            timestamptz not null,
    first_contact_due_at   timestamptz not null,
    follow_up_email_due_at timestamptz,
    first_contacted_at     timestamptz,
    version                bigint      not null default 0,
    updated_at             timestamptz not null
);

-- Queues are read by owner or team, ordered by deadline (L-2); list filters by capture time.
create index lead_owner_due on lead (owner_id, first_contact_due_at);
create index lead_team_due on lead (team, first_contact_due_at);
create index lead_due on lead (first_contact_due_at);
create index lead_captured_at on lead (captured_at);
-- Duplicate matching (L-3) looks leads up by contact fingerprint.
create index lead_phone_fingerprint on lead (phone_fingerprint) where phone_fingerprint is not null;
create index lead_email_fingerprint on lead (email_fingerprint) where email_fingerprint is not null;
