package com.acme.crm.order.negotiation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One contract review as stored: the quote (version) it reviews and its requirement, the customer's owner and team,
 * special clauses and the customer's own contract text, the two approvals, the signature and the archived document;
 * {@code archiveOverdueAt}: when the end-of-day check found the signed contract still unarchived (O-13), cleared by
 * the archive.
 */
public record ContractReviewState(UUID id, UUID quoteId, UUID requirementId, UUID customerId, String ownerId,
                                  String team, @Nullable String specialClauses, @Nullable String customerContractText,
                                  @Nullable String documentReference, ContractReviewStatus status,
                                  @Nullable Approval managerApproval, @Nullable Approval generalManagerApproval,
                                  @Nullable String decisionComment, @Nullable Instant signedAt,
                                  @Nullable Instant archivedAt, @Nullable Instant archiveOverdueAt,
                                  String recordedBy, Instant recordedAt, long version) {

    /** Who approved, and when. */
    public record Approval(String by, Instant at) {
    }
}
