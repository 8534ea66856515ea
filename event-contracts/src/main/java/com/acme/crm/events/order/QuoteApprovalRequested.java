package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * O-2: a quote's discount or payment terms were put to the approver the rule names: the team's sales manager, or,
 * beyond the manager's authority, the general manager (requested by the manager).
 *
 * @param approverRole SALES_MANAGER or GENERAL_MANAGER
 */
@EventType(value = "crm.quote.approval-requested.v1", topic = Topics.ORDER)
public record QuoteApprovalRequested(
        UUID quoteId,
        UUID customerId,
        String ownerId,
        String team,
        String approverRole,
        BigDecimal discountPercent,
        boolean paymentTermsChanged,
        BigDecimal netTotal,
        String requestedBy,
        Instant requestedAt) implements QuoteEvent {
}
