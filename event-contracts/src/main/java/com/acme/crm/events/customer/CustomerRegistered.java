package com.acme.crm.events.customer;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer was registered, converted from a lead (L-6) or directly. Carries the contact fingerprints for duplicate matching (L-3), never the contact data (B-3).
 *
 * @param leadId the lead it was converted from
 */
@EventType(value = "crm.customer.registered.v1", topic = Topics.CUSTOMER)
public record CustomerRegistered(
        UUID customerId,
        @Nullable UUID leadId,
        String ownerId,
        String team,
        @Nullable String company,
        List<String> contactFingerprints,
        Instant registeredAt) implements CustomerEvent {
}
