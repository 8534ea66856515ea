-- L-9: the referral request of each signed order, decided once (a task, or none and the rule why: C-6).
create table referral_request (
    order_id     uuid primary key,
    customer_id  uuid        not null references customer (id),
    signed_at    timestamptz not null,
    task_id      uuid,
    skipped_rule text,
    decided_at   timestamptz not null
);

-- L-1, L-9: leads credited to the customer who referred them, from capture to conversion.
create table referral (
    lead_id              uuid primary key,
    referrer_customer_id uuid not null references customer (id),
    lead_owner_id        text not null,
    lead_team            text not null,
    captured_at          timestamptz,
    converted_at         timestamptz,
    new_customer_id      uuid
);
create index referral_referrer on referral (referrer_customer_id);

-- L-9: one reward per referred lead, credited to the referring customer's owner and team; finance pays them.
create table referral_reward (
    id                   uuid primary key,
    referrer_customer_id uuid           not null references customer (id),
    referred_lead_id     uuid           not null unique,
    new_customer_id      uuid           not null,
    kind                 text           not null,
    amount               numeric(16, 2) check (amount >= 0),
    currency             text,
    points               integer check (points >= 0),
    owner_id             text           not null,
    team                 text           not null,
    recorded_at          timestamptz    not null
);
create index referral_reward_team on referral_reward (team, recorded_at);
create index referral_reward_owner on referral_reward (owner_id, recorded_at);
create index referral_reward_recorded on referral_reward (recorded_at);
