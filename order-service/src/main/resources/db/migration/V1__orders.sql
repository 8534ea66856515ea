-- order-service, first part: who owns which customer (projection of crm.customer.events), team rosters
-- (crm.lead.events), the product catalogue, requirements (O-1), quotes with their approvals (O-2, B-2) and
-- inquiries taken by sales support (O-16). Money is CNY numeric(16,2); discounts are percent numeric(5,2).
create table customer_ownership (
    customer_id uuid primary key,
    owner_id    text        not null,
    team        text        not null,
    updated_at  timestamptz not null
);
create index customer_ownership_team on customer_ownership (team);

create table team_member (
    team      text    not null,
    member_id text    not null,
    position  integer not null,
    primary key (team, member_id)
);

create table product (
    id         uuid primary key,
    code       text          not null unique,
    name       text          not null,
    model      text,
    list_price numeric(16,2) not null check (list_price >= 0),
    active     boolean       not null,
    created_by text          not null,
    created_at timestamptz   not null,
    updated_at timestamptz   not null,
    version    bigint        not null default 0
);
-- The catalogue lists by name.
create index product_name on product (name, id);

create table requirement (
    id                         uuid primary key,
    customer_id                uuid        not null,
    owner_id                   text        not null,
    team                       text        not null,
    status                     text        not null,
    lines                      jsonb       not null,
    delivery_by                timestamptz,
    delivery_meaning           text,
    delivery_place             text,
    acceptance_criteria        text,
    training_needs             text,
    after_sales_response_hours integer,
    created_by                 text        not null,
    created_at                 timestamptz not null,
    confirmed_by               text,
    confirmed_at               timestamptz,
    version                    bigint      not null default 0
);
-- Lists within a data scope, newest first: a rep's own, a manager's team's, everyone's.
create index requirement_owner on requirement (owner_id, created_at desc);
create index requirement_team on requirement (team, created_at desc);
create index requirement_all on requirement (created_at desc);
create index requirement_customer on requirement (customer_id);

create table quote (
    id                    uuid primary key,
    requirement_id        uuid          not null references requirement (id),
    customer_id           uuid          not null,
    owner_id              text          not null,
    team                  text          not null,
    quote_version         integer       not null,
    supersedes_id         uuid references quote (id),
    status                text          not null,
    lines                 jsonb         not null,
    value_package         jsonb         not null,
    payment_terms         jsonb         not null,
    overall_discount      numeric(5,2)  not null,
    list_total            numeric(16,2) not null,
    net_total             numeric(16,2) not null,
    discount_percent      numeric(5,2)  not null,
    payment_terms_changed boolean       not null,
    approval_required     text          not null,
    approved_by           text,
    approved_role         text,
    approved_at           timestamptz,
    decision_comment      text,
    issued_by             text          not null,
    issued_at             timestamptz   not null,
    signed_by             text,
    signed_at             timestamptz,
    version               bigint        not null default 0
);
create index quote_owner on quote (owner_id, issued_at desc);
create index quote_team on quote (team, issued_at desc);
create index quote_all on quote (issued_at desc);
create index quote_requirement on quote (requirement_id, quote_version);
-- A manager's and the general manager's approval queues.
create index quote_pending on quote (status, team) where status like 'AWAITING%';
-- B-2: one version of a requirement's quote chain supersedes another at most once.
create unique index quote_supersedes on quote (supersedes_id) where supersedes_id is not null;

create table inquiry (
    id          uuid primary key,
    customer_id uuid        not null,
    owner_id    text        not null,
    team        text        not null,
    subject     text        not null,
    notes       text,
    taken_by    text        not null,
    taken_at    timestamptz not null
);
create index inquiry_owner on inquiry (owner_id, taken_at desc);
create index inquiry_team on inquiry (team, taken_at desc);
