package com.acme.crm.chassis.outbox;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbox event as an operator sees it: what it is, where it goes and why it failed, never its payload (which may
 * hold business data). {@code parkedAt} is empty once it has been redriven.
 */
public record ParkedEvent(long id, UUID eventId, String type, String topic, String key, int attempts,
                          @Nullable String lastError, Instant occurredAt, @Nullable Instant parkedAt) {
}
