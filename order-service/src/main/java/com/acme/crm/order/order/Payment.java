package com.acme.crm.order.order;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * O-7, O-10: money received against one milestone. Sales records it (their confirmation); finance confirms it
 * afterwards, and only confirmed money settles a milestone.
 */
public record Payment(UUID id, UUID orderId, Milestone.Kind milestone, BigDecimal amount, Instant receivedAt,
                      String recordedBy, Instant recordedAt, @Nullable String confirmedBy,
                      @Nullable Instant confirmedAt) {

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    Payment confirmed(String by, Instant at) {
        return new Payment(id, orderId, milestone, amount, receivedAt, recordedBy, recordedAt, by, at);
    }
}
