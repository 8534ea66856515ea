package com.acme.crm.order.negotiation;

import java.time.Instant;
import java.util.UUID;

/** What happened to a contract review (O-13); ids and values only. Kept inside order-service: no consumer needs them. */
public sealed interface ContractReviewEvent {

    UUID reviewId();

    /** The review was recorded or amended; it needs the approvals its status names. */
    record Recorded(UUID reviewId, UUID quoteId, ContractReviewStatus status, String by, Instant at)
            implements ContractReviewEvent {
    }

    /** An approver decided; the status says what comes next. */
    record Decided(UUID reviewId, ContractReviewStatus status, String by, Instant at) implements ContractReviewEvent {
    }

    /** The quote was signed; the contract document is archived when its reference is known. */
    record Signed(UUID reviewId, UUID quoteId, Instant signedAt, boolean archived) implements ContractReviewEvent {
    }

    /** The signed contract's document was archived. */
    record Archived(UUID reviewId, String documentReference, Instant at) implements ContractReviewEvent {
    }
}
