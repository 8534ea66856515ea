package com.acme.crm.order.requirement;

import java.time.Instant;
import java.util.UUID;

/** What happened to a requirement; ids and values only. */
public sealed interface RequirementEvent {

    UUID requirementId();

    /** A requirement was drafted for a customer. */
    record Drafted(UUID requirementId, UUID customerId, String by, Instant at) implements RequirementEvent {
    }

    /** O-1: the requirement is complete and confirmed; quotes may be made from it. */
    record Confirmed(UUID requirementId, UUID customerId, String ownerId, String team, int lineCount,
                     Instant deliveryBy, DeliveryMeaning deliveryMeaning, int afterSalesResponseHours, String by,
                     Instant at) implements RequirementEvent {
    }
}
