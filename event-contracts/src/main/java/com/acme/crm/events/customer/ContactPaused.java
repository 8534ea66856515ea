package com.acme.crm.events.customer;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * C-6: the customer asked for a pause ('not needed for now'); follow-ups stop until the pause ends.
 */
@EventType(value = "crm.customer.contact-paused.v1", topic = Topics.CUSTOMER)
public record ContactPaused(
        UUID customerId,
        String ownerId,
        String team,
        Instant pausedUntil,
        Instant pausedAt) implements CustomerEvent {
}
