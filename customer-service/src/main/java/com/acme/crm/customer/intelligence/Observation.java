package com.acme.crm.customer.intelligence;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * N-9: what a member of the sales team observed about a competitor or the market.
 *
 * @param product the competitor's product or model
 * @param productCategory the product category, if the filer knows it (routing falls back to it)
 * @param price the observed price in CNY, never negative
 * @param observedOn the business day it was observed, never in the future
 * @param customerId the customer it came from, which must be in the filer's data scope
 * @param notes the filer's free text; kept here, never published
 */
public record Observation(String competitor, String product, @Nullable String productCategory,
                          @Nullable BigDecimal price, @Nullable String promotion, String region,
                          IntelligenceSource source, LocalDate observedOn, @Nullable UUID customerId,
                          @Nullable String notes) {
}
