package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * O-1: a customer's requirement was confirmed (products, quantities, delivery, acceptance, training, after-sales
 * response); quotes are made from it.
 *
 * @param deliveryMeaning ARRIVAL or INSTALLATION_COMPLETE: what {@code deliveryBy} promises
 * @param afterSalesResponseHours the after-sales response time the customer requires
 */
@EventType(value = "crm.requirement.confirmed.v1", topic = Topics.ORDER)
public record RequirementConfirmed(
        UUID requirementId,
        UUID customerId,
        String ownerId,
        String team,
        int lineCount,
        Instant deliveryBy,
        String deliveryMeaning,
        int afterSalesResponseHours,
        String confirmedBy,
        Instant confirmedAt) implements RequirementEvent {
}
