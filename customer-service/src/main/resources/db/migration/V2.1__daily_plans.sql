-- R-3: the reps' daily plans (one per rep and business day, revised until approved) and their evening reviews.
-- Target lead ids are stored as given: lead-service owns leads and customer-service cannot check them.
create table daily_plan (
    id                          uuid primary key,
    rep_id                      text        not null,
    team                        text        not null,
    plan_date                   date        not null,
    status                      text        not null,
    revision                    integer     not null,
    target_calls                integer     not null check (target_calls >= 0),
    target_visits               integer     not null check (target_visits >= 0),
    target_new_intent_customers integer     not null check (target_new_intent_customers >= 0),
    target_customer_ids         uuid[]      not null,
    target_lead_ids             uuid[]      not null,
    late                        boolean     not null,
    first_submitted_at          timestamptz not null,
    submitted_at                timestamptz not null,
    decided_by                  text,
    decided_at                  timestamptz,
    decision_comment            text,
    version                     bigint      not null default 0,
    constraint daily_plan_one_per_rep_and_day unique (rep_id, plan_date)
);
-- The manager's list (team, day) and the director's (day), newest day first, then by rep.
create index daily_plan_team_day on daily_plan (team, plan_date desc, rep_id);
create index daily_plan_day on daily_plan (plan_date desc, rep_id);

-- The misses are two arrays of the same length: missed_targets[i] ('calls', 'customer:<id>', ...) and its reason.
create table daily_review (
    plan_id                     uuid primary key references daily_plan (id),
    actual_calls                integer     not null,
    actual_visits               integer     not null,
    actual_new_intent_customers integer     not null,
    visited_customer_ids        uuid[]      not null,
    contacted_lead_ids          uuid[]      not null,
    missed_targets              text[]      not null,
    miss_reasons                text[]      not null,
    filed_at                    timestamptz not null,
    constraint daily_review_one_reason_per_miss check (cardinality(missed_targets) = cardinality(miss_reasons))
);

-- R-3: the review counts the visits a rep filed for a business day from the visit log.
create index visit_filed_by_day on visit (filed_by, visited_at);
