-- Idempotency keys (IETF Idempotency-Key header draft): one row per caller and key. A command's first request claims
-- the row IN_PROGRESS for a short lease in a transaction of its own; the stored answer (status, the headers a client
-- needs, body) is written COMPLETED in the same transaction as the command's effects, so it exists exactly when they do.
create table idempotency_key (
    caller        text        not null,
    idem_key      text        not null check (length(idem_key) between 1 and 255),
    method        text        not null,
    path          text        not null,
    -- SHA-256 (hex) of method, path and body: the same key with another request is refused, not replayed.
    request_hash  text        not null,
    state         text        not null check (state in ('IN_PROGRESS', 'COMPLETED')),
    -- Which run of the request holds the key: a run whose lease was taken over cannot complete it.
    attempt       uuid        not null,
    status        integer,
    content_type  text,
    location      text,
    body          bytea,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    -- A crashed request holds an IN_PROGRESS key only until then; a retry after it takes the key over.
    locked_until  timestamptz not null,
    primary key (caller, idem_key),
    check (state = 'IN_PROGRESS' or status is not null)
);
-- The clean-up job deletes expired keys oldest first, in chunks.
create index idempotency_key_expiry on idempotency_key (expires_at);
