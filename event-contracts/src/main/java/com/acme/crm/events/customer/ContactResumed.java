package com.acme.crm.events.customer;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * C-6: a pause ended; follow-ups resume with a new-value touch.
 */
@EventType(value = "crm.customer.contact-resumed.v1", topic = Topics.CUSTOMER)
public record ContactResumed(
        UUID customerId,
        String ownerId,
        String team,
        Instant resumedAt) implements CustomerEvent {
}
