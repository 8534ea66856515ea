package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * O-11: the result of a submitted bid was recorded; a lost bid names the competitor and its price where known.
 *
 * @param outcome WON or LOST
 * @param bidValue the price the bid was submitted at, CNY
 * @param competitor the winning competitor of a lost bid, where known (a company, never a person's contact data)
 * @param competitorPrice the competitor's price, CNY, where known
 */
@EventType(value = "crm.tender.outcome-recorded.v1", topic = Topics.ORDER)
public record TenderOutcomeRecorded(
        UUID tenderId,
        UUID customerId,
        String ownerId,
        String team,
        String outcome,
        BigDecimal bidValue,
        @Nullable String competitor,
        @Nullable BigDecimal competitorPrice,
        String recordedBy,
        Instant recordedAt) implements TenderEvent {
}
