package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * O-2: the approver the rule names rejected a quote's price or payment terms; it cannot be signed, only revised.
 *
 * @param approverRole SALES_MANAGER or GENERAL_MANAGER
 */
@EventType(value = "crm.quote.rejected.v1", topic = Topics.ORDER)
public record QuoteRejected(
        UUID quoteId,
        UUID customerId,
        String ownerId,
        String team,
        String approverRole,
        String rejectedBy,
        Instant rejectedAt) implements QuoteEvent {
}
