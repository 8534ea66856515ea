package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * O-2: a quote version was issued from a confirmed requirement, priced against the catalogue's list prices; says
 * which approval it needs before it can be signed. A revision supersedes the version it names (B-2).
 *
 * @param discountPercent the overall discount off list, in percent
 * @param approvalRequired NONE, SALES_MANAGER or GENERAL_MANAGER
 * @param supersedesQuoteId the earlier version this one replaces, null for a first version
 */
@EventType(value = "crm.quote.issued.v1", topic = Topics.ORDER)
public record QuoteIssued(
        UUID quoteId,
        UUID requirementId,
        UUID customerId,
        String ownerId,
        String team,
        int version,
        @Nullable UUID supersedesQuoteId,
        BigDecimal listTotal,
        BigDecimal netTotal,
        BigDecimal discountPercent,
        boolean paymentTermsChanged,
        String approvalRequired,
        String issuedBy,
        Instant issuedAt) implements QuoteEvent {
}
