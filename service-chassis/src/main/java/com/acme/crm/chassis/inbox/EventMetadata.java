package com.acme.crm.chassis.inbox;

import java.time.Instant;
import java.util.UUID;

/** The CloudEvents envelope of a consumed event. */
public record EventMetadata(UUID eventId, String type, String source, String subject, Instant time) {
}
