package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * O-2: the approver the rule names approved a quote's price and payment terms; the quote may now be signed.
 *
 * @param approverRole SALES_MANAGER or GENERAL_MANAGER
 */
@EventType(value = "crm.quote.approved.v1", topic = Topics.ORDER)
public record QuoteApproved(
        UUID quoteId,
        UUID customerId,
        String ownerId,
        String team,
        String approverRole,
        BigDecimal netTotal,
        String approvedBy,
        Instant approvedAt) implements QuoteEvent {
}
