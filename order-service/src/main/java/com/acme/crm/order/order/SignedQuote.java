package com.acme.crm.order.order;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * O-3: what a signed quote tells the order it becomes: who it is for, its value, and the contract terms; a null
 * split or penalty rate takes the configured default.
 *
 * @param installationIncluded O-1, O-5: the requirement's delivery means installation complete, so acceptance runs
 *                             from installation rather than arrival
 */
public record SignedQuote(UUID quoteId, UUID customerId, String ownerId, String team, BigDecimal amount,
                          LocalDate deliveryDate, boolean installationIncluded, @Nullable MilestoneSplit milestones,
                          @Nullable BigDecimal penaltyRate, String signedBy, Instant signedAt) {
}
