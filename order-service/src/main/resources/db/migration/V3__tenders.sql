-- order-service, tenders (O-8, O-11): reported to the manager, who decides whether to bid; then draft, review, the
-- general manager's signature with the on-site team, submission and outcome, each step with who and when.
create table tender (
    id                  uuid primary key,
    customer_id         uuid          not null,
    owner_id            text          not null,
    team                text          not null,
    title               text          not null,
    submission_deadline timestamptz   not null,
    estimated_value     numeric(16,2) not null check (estimated_value >= 0),
    status              text          not null,
    reported_by         text          not null,
    reported_at         timestamptz   not null,
    decision            text,
    decided_by          text,
    decided_at          timestamptz,
    bid_summary         text,
    bid_value           numeric(16,2) check (bid_value >= 0),
    drafted_by          text,
    drafted_at          timestamptz,
    review_comment      text,
    reviewed_by         text,
    reviewed_at         timestamptz,
    bidding_team        jsonb         not null default '[]',
    signed_by           text,
    signed_at           timestamptz,
    submitted_by        text,
    submitted_at        timestamptz,
    outcome             text,
    competitor          text,
    competitor_price    numeric(16,2) check (competitor_price >= 0),
    outcome_by          text,
    outcome_at          timestamptz,
    quote_id            uuid,
    version             bigint        not null default 0
);
-- Lists within a data scope, newest first: a rep's own, a manager's team's, everyone's.
create index tender_owner on tender (owner_id, reported_at desc);
create index tender_team on tender (team, reported_at desc);
create index tender_all on tender (reported_at desc);
