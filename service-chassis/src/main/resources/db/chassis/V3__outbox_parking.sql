-- An event that cannot be sent is parked after crm.outbox.max-attempts failures of its own, so it stops no one
-- else; later events with its key wait behind it until an operator redrives it.
alter table outbox_event
    -- Failures of this record while the broker took others, or refused it for good (a record too large, say).
    -- Unlike attempts, a broker outage does not count here, so an outage never parks anything.
    add column record_failures integer not null default 0,
    add column parked_at       timestamptz;
-- The relay's claim skips every row whose key has an earlier blocking row (parked, or failed on its own); this
-- index holds only those rows, so the probe for each candidate is cheap and usually finds nothing.
create index outbox_event_blocking on outbox_event (message_key, id)
    where published_at is null and (parked_at is not null or record_failures > 0);
