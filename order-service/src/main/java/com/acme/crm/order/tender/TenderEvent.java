package com.acme.crm.order.tender;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What happened to a tender; ids and values only, never the aggregate or contact data. */
public sealed interface TenderEvent {

    UUID tenderId();

    /** O-8: reported to the team's manager. */
    record Reported(UUID tenderId, UUID customerId, String ownerId, String team, BigDecimal estimatedValue,
                    Instant submissionDeadline, String by, Instant at) implements TenderEvent {
    }

    /** O-8: the manager decided to bid or not. */
    record BidDecided(UUID tenderId, UUID customerId, String ownerId, String team, BidDecision decision, String by,
                      Instant at) implements TenderEvent {
    }

    /** O-11: the rep drafted (or redrafted) the bid. */
    record BidDrafted(UUID tenderId, BigDecimal value, String by, Instant at) implements TenderEvent {
    }

    /** O-11: the manager approved the draft, or sent it back to the rep. */
    record BidReviewed(UUID tenderId, boolean approved, String by, Instant at) implements TenderEvent {
    }

    /** O-11: the general manager signed the bid and named the on-site team. */
    record BidSigned(UUID tenderId, UUID customerId, String ownerId, String team, BigDecimal bidValue,
                     List<BiddingTeamMember> biddingTeam, String by, Instant at) implements TenderEvent {
    }

    /** O-11: the rep submitted the signed bid. */
    record Submitted(UUID tenderId, String by, Instant at) implements TenderEvent {
    }

    /** O-11: the bid was won or lost. */
    record OutcomeRecorded(UUID tenderId, UUID customerId, String ownerId, String team, Outcome outcome,
                           BigDecimal bidValue, @Nullable String competitor, @Nullable BigDecimal competitorPrice,
                           String by, Instant at) implements TenderEvent {
    }

    /** O-11: the quote that follows the won tender. */
    record QuoteLinked(UUID tenderId, UUID quoteId, String by, Instant at) implements TenderEvent {
    }
}
