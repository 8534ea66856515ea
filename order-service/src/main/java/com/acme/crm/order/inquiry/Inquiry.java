package com.acme.crm.order.inquiry;

import com.acme.crm.chassis.team.CustomerOwnership;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * O-16: an inquiry taken for a customer, routed to the customer's owning rep (its {@code ownerId}); support takes
 * it, the rep quotes.
 */
public record Inquiry(UUID id, UUID customerId, String ownerId, String team, String subject, @Nullable String notes,
                      String takenBy, Instant takenAt) {

    /** Routes the inquiry to whoever owns the customer now. */
    public static Inquiry take(CustomerOwnership customer, String subject, @Nullable String notes, String by,
                               Instant now) {
        return new Inquiry(UUID.randomUUID(), customer.customerId(), customer.ownerId(), customer.team(), subject,
                notes, by, now);
    }
}
