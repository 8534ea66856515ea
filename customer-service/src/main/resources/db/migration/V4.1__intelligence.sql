-- N-9: market intelligence reports filed by the sales team, routed to a product department's queue.
create table intelligence_report (
    id               uuid primary key,
    filed_by         text        not null,
    team             text,
    department       text        not null,
    competitor       text        not null,
    product          text        not null,
    product_category text,
    price            numeric(16, 2) check (price >= 0),
    currency         text        not null,
    promotion        text,
    region           text        not null,
    source           text        not null,
    observed_on      date        not null,
    customer_id      uuid references customer (id),
    notes            text,
    status           text        not null,
    filed_at         timestamptz not null,
    reviewed_by      text,
    reviewed_at      timestamptz,
    review_note      text,
    version          bigint      not null default 0
);
-- A department's queue (unreviewed first by filing time), a rep's own reports, a manager's team's.
create index intelligence_report_queue on intelligence_report (department, status, filed_at);
create index intelligence_report_filer on intelligence_report (filed_by, observed_on);
create index intelligence_report_team on intelligence_report (team, observed_on);
