-- order-service, before signing (O-12, O-13): negotiations about a quote with their team and open issues, and
-- contract reviews of special clauses or the customer's own contract text with the manager's and the general
-- manager's approvals, the signature and the archived document. Both are found by requirement for the signature gate.
create table negotiation (
    id             uuid primary key,
    quote_id       uuid        not null,
    requirement_id uuid        not null,
    customer_id    uuid        not null,
    owner_id       text        not null,
    team           text        not null,
    topic          text        not null,
    held_at        timestamptz not null,
    place          text        not null,
    members        jsonb       not null,
    issues         jsonb       not null,
    -- O-12: kept with every change so the signature gate counts without reading the issues.
    open_issues    integer     not null check (open_issues >= 0),
    recorded_by    text        not null,
    recorded_at    timestamptz not null,
    version        bigint      not null default 0
);
create index negotiation_requirement on negotiation (requirement_id) where open_issues > 0;
create index negotiation_owner on negotiation (owner_id, recorded_at desc);
create index negotiation_team on negotiation (team, recorded_at desc);
create index negotiation_all on negotiation (recorded_at desc);

create table contract_review (
    id                     uuid primary key,
    quote_id               uuid        not null unique,
    requirement_id         uuid        not null,
    customer_id            uuid        not null,
    owner_id               text        not null,
    team                   text        not null,
    special_clauses        text,
    customer_contract_text text,
    document_reference     text,
    status                 text        not null,
    manager_approved_by    text,
    manager_approved_at    timestamptz,
    gm_approved_by         text,
    gm_approved_at         timestamptz,
    decision_comment       text,
    signed_at              timestamptz,
    archived_at            timestamptz,
    recorded_by            text        not null,
    recorded_at            timestamptz not null,
    version                bigint      not null default 0
);
create index contract_review_requirement on contract_review (requirement_id);
-- O-13: signed contracts not yet archived, for whoever checks the same-day archive.
create index contract_review_unarchived on contract_review (signed_at) where signed_at is not null and archived_at is null;
