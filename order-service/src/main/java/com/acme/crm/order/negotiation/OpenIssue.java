package com.acme.crm.order.negotiation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * O-12: a point the negotiation left open; signing waits until it is resolved. A resolution that deviates from the
 * quote names the revision (B-2) that carries the deviation, which needs its own approval again.
 */
public record OpenIssue(int number, String text, String raisedBy, Instant raisedAt, @Nullable String resolution,
                        @Nullable UUID revisedQuoteId, @Nullable String resolvedBy, @Nullable Instant resolvedAt) {

    public boolean open() {
        return resolvedAt == null;
    }

    OpenIssue resolved(String how, @Nullable UUID revision, String by, Instant at) {
        return new OpenIssue(number, text, raisedBy, raisedAt, how, revision, by, at);
    }
}
