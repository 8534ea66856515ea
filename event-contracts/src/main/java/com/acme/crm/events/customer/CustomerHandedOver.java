package com.acme.crm.events.customer;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * C-8: a customer moved to another rep, with its open follow-ups and tasks; its history stays.
 */
@EventType(value = "crm.customer.handed-over.v1", topic = Topics.CUSTOMER)
public record CustomerHandedOver(
        UUID customerId,
        String fromOwnerId,
        String toOwnerId,
        String team,
        String handedOverBy,
        Instant handedOverAt) implements CustomerEvent {
}
