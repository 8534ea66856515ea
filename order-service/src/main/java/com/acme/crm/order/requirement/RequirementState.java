package com.acme.crm.order.requirement;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A requirement as stored; its owner and team are its customer's (C-8 moves them along). */
public record RequirementState(UUID id, UUID customerId, String ownerId, String team, RequirementStatus status,
                               List<RequirementLine> lines, @Nullable Instant deliveryBy,
                               @Nullable DeliveryMeaning deliveryMeaning, @Nullable String deliveryPlace,
                               @Nullable String acceptanceCriteria, @Nullable String trainingNeeds,
                               @Nullable Integer afterSalesResponseHours, String createdBy, Instant createdAt,
                               @Nullable String confirmedBy, @Nullable Instant confirmedAt, long version) {

    public RequirementState {
        lines = List.copyOf(lines);
    }
}
