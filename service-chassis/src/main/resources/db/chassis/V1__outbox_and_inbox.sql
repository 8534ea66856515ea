-- Transactional outbox: written in the state change's transaction, published by the relay.
create table outbox_event (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    event_type   text        not null,
    topic        text        not null,
    message_key  text        not null,
    payload      jsonb       not null,
    headers      jsonb       not null,
    occurred_at  timestamptz not null,
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);
-- The relay's claim query and the backlog gauge read only unpublished rows.
create index outbox_event_unpublished on outbox_event (id) where published_at is null;
-- Clean-up deletes published rows past retention.
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Inbox: one row per (consumer, event) processed, written in the same transaction as the effects.
create table inbox_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    received_at  timestamptz not null,
    primary key (consumer, event_id)
);
create index inbox_event_received_at on inbox_event (received_at);
