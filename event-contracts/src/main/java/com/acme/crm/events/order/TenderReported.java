package com.acme.crm.events.order;

import com.acme.crm.events.EventType;
import com.acme.crm.events.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * O-8: a rep reported a tender (bid request) of a customer to the team's sales manager, who decides whether to bid.
 *
 * @param estimatedValue the rep's estimate of the tender's value, CNY
 * @param submissionDeadline when bids must be submitted
 */
@EventType(value = "crm.tender.reported.v1", topic = Topics.ORDER)
public record TenderReported(
        UUID tenderId,
        UUID customerId,
        String ownerId,
        String team,
        BigDecimal estimatedValue,
        Instant submissionDeadline,
        String reportedBy,
        Instant reportedAt) implements TenderEvent {
}
