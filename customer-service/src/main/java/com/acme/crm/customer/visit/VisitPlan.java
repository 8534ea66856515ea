package com.acme.crm.customer.visit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** C-7: a new visit plan, which a manager approves after three visits without a breakthrough. */
public record VisitPlan(UUID id, UUID customerId, String objective, @Nullable String approach,
                        @Nullable Instant plannedAt, Status status, String requestedBy, Instant requestedAt,
                        @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable UUID usedByVisit) {

    public enum Status { PENDING, APPROVED, REJECTED }

    /** An approved plan not yet used by a visit. */
    public boolean isUsable() {
        return status == Status.APPROVED && usedByVisit == null;
    }
}
