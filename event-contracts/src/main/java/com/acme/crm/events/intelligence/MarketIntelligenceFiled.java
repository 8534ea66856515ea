package com.acme.crm.events.intelligence;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * N-9: a member of the sales team filed a competitor or market report; it is routed to a product department's queue.
 * Carries what analytics summarises (competitor, product, region, period); never customer contact data or the
 * filer's free-text notes (B-3).
 *
 * @param filedBy the user who filed the report
 * @param team the filer's team (absent for a filer without one, e.g. a director)
 * @param department the product department the report was routed to (configuration, N-9)
 * @param product the competitor's product or model as observed
 * @param productCategory the product category, when the filer gave one
 * @param price the observed price, never negative
 * @param currency the price's currency (CNY), present with a price
 * @param source where the intelligence came from: CUSTOMER, TRADE_SHOW, WEBSITE, DEALER or OTHER
 * @param observedOn the business day it was observed (never in the future)
 * @param customerId the customer it came from, when the filer named one
 */
@EventType(value = "crm.intelligence.filed.v1", topic = Topics.CUSTOMER)
public record MarketIntelligenceFiled(
        UUID reportId,
        String filedBy,
        @Nullable String team,
        String department,
        String competitor,
        String product,
        @Nullable String productCategory,
        @Nullable BigDecimal price,
        @Nullable String currency,
        @Nullable String promotion,
        String region,
        String source,
        LocalDate observedOn,
        @Nullable UUID customerId,
        Instant filedAt) implements IntelligenceEvent {
}
