package com.acme.crm.chassis.outbox;

import java.time.Instant;
import java.util.Map;

/** An outbox row claimed for publishing. */
record PendingEvent(long id, String type, String topic, String key, byte[] payload, Map<String, String> headers,
                    Instant occurredAt) {
}
