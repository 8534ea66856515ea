-- C-11: a customer's profile in the profile feature's own tables, keyed by the customer: the decision chain (ordered
-- JSON array of {name, title, influence, contactId}), budget (CNY), decision time, the decision maker's preferences
-- and the company anniversary (month and day, the founding year when known). Versioned: a revision names the version
-- it read.
create table customer_profile (
    customer_id       uuid primary key references customer (id),
    decision_chain    jsonb         not null default '[]',
    budget            numeric(16,2) check (budget >= 0),
    decision_time     date,
    preferences       text,
    anniversary_month smallint check (anniversary_month between 1 and 12),
    anniversary_day   smallint check (anniversary_day between 1 and 31),
    founded_year      smallint,
    version           bigint        not null check (version > 0),
    updated_at        timestamptz   not null,
    updated_by        text          not null,
    constraint customer_profile_anniversary_whole check ((anniversary_month is null) = (anniversary_day is null))
);
-- C-11: the decision-time reminder scan reads profiles by their decision time.
create index customer_profile_decision_time on customer_profile (decision_time) where decision_time is not null;

-- C-11: a contact person's birthday as set on the profile (null: cleared); without a row the birthday the contact was
-- registered with (customer_contact.birthday) stands. Personal data (B-3): never in events or logs.
create table customer_profile_birthday (
    contact_id  uuid primary key references customer_contact (id),
    customer_id uuid not null references customer (id),
    birthday    date
);
create index customer_profile_birthday_customer on customer_profile_birthday (customer_id);

-- C-11: the reminders opened, one per customer, date (subject: 'birthday:<contact id>', 'anniversary',
-- 'decision-time') and occurrence (with its year): what makes a rerun open nothing twice.
create table profile_reminder (
    customer_id uuid        not null references customer (id),
    subject     text        not null,
    occurs_on   date        not null,
    task_id     uuid        not null,
    reminded_at timestamptz not null,
    primary key (customer_id, subject, occurs_on)
);
