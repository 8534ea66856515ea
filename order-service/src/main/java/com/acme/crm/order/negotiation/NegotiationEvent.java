package com.acme.crm.order.negotiation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** What happened in a negotiation (O-12); ids and values only. Kept inside order-service: no consumer needs them. */
public sealed interface NegotiationEvent {

    UUID negotiationId();

    /** The manager recorded a negotiation about a quote, with the issues it left open. */
    record Recorded(UUID negotiationId, UUID quoteId, int openIssues, String by, Instant at)
            implements NegotiationEvent {
    }

    /** A further open issue was raised. */
    record IssueRaised(UUID negotiationId, int number, String by, Instant at) implements NegotiationEvent {
    }

    /** An open issue was resolved, as agreed or by a quote revision (B-2). */
    record IssueResolved(UUID negotiationId, int number, @Nullable UUID revisedQuoteId, int stillOpen, String by,
                         Instant at) implements NegotiationEvent {
    }
}
