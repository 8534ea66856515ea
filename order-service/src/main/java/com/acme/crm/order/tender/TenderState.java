package com.acme.crm.order.tender;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One tender as stored: its customer's owner and team, what was reported, and each O-8/O-11 step taken so far (who and
 * when). {@code version} guards concurrent changes.
 */
public record TenderState(UUID id, UUID customerId, String ownerId, String team, String title,
                          Instant submissionDeadline, BigDecimal estimatedValue, TenderStatus status, Step reported,
                          @Nullable BidDecision decision, @Nullable Step decided, @Nullable Bid bid,
                          @Nullable Step drafted, @Nullable String reviewComment, @Nullable Step reviewed,
                          List<BiddingTeamMember> biddingTeam, @Nullable Step signed, @Nullable Step submitted,
                          @Nullable Result result, @Nullable UUID quoteId, long version) {

    public TenderState {
        biddingTeam = List.copyOf(biddingTeam);
    }

    /** Who took a step, and when. */
    public record Step(String by, Instant at) {
    }

    /** O-11: the outcome of the bid, with the competitor and its price where known. */
    public record Result(Outcome outcome, @Nullable String competitor, @Nullable BigDecimal competitorPrice,
                         String by, Instant at) {
    }
}
