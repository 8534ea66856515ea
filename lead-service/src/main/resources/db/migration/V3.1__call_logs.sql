-- R-2: a rep's call log of one business day (a date in crm.lead.business-zone): open until the rep closes it for the
-- evening meeting (late after crm.lead.call-log.close-by), its counts frozen then; reviewed by the manager after.
create table call_log (
    rep_id          text        not null,
    log_date        date        not null,
    team            text        not null,
    closed_at       timestamptz,
    late            boolean     not null default false,
    lead_calls      integer,
    customer_calls  integer,
    other_calls     integer,
    effective_calls integer,
    open_questions  integer,
    reviewed_at     timestamptz,
    reviewed_by     text,
    review_comment  text,
    version         bigint      not null default 0,
    primary key (rep_id, log_date)
);
-- The manager's view reads a team's logs of a date.
create index call_log_team_date on call_log (team, log_date);

-- Calls the rep adds that are neither lead nor customer contacts: the outcome and a note, never the number (B-3).
create table call_log_call (
    id       uuid        primary key,
    rep_id   text        not null,
    log_date date        not null,
    at       timestamptz not null,
    outcome  text        not null,
    note     text,
    foreign key (rep_id, log_date) references call_log (rep_id, log_date)
);
create index call_log_call_log on call_log_call (rep_id, log_date, at);

-- Open customer questions the rep lists for the manager.
create table call_log_question (
    id          uuid        primary key,
    rep_id      text        not null,
    log_date    date        not null,
    text        text        not null,
    customer_id uuid,
    lead_id     uuid,
    asked_at    timestamptz not null,
    foreign key (rep_id, log_date) references call_log (rep_id, log_date)
);
create index call_log_question_log on call_log_question (rep_id, log_date, asked_at);

-- customer-service's phone touches (CustomerContacted), by the rep who recorded them; one row per event.
create table customer_call (
    event_id           uuid        primary key,
    customer_id        uuid        not null,
    rep_id             text        not null,
    team               text        not null,
    customer_initiated boolean     not null,
    at                 timestamptz not null
);
create index customer_call_rep_at on customer_call (rep_id, at);

-- A rep's lead calls of a day are read by who recorded them and when.
create index lead_contact_phone_by_recorder on lead_contact (recorded_by, at) where method = 'PHONE';
