package com.acme.crm.order.negotiation;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The stored contract reviews, at most one per quote version. */
public interface ContractReviews {

    Mono<Void> insert(ContractReviewState review);

    /** Saves a change made on the stored {@code version}; a concurrent change fails with 409. */
    Mono<Void> update(ContractReviewState review);

    Mono<ContractReviewState> find(UUID id);

    Mono<ContractReviewState> forQuote(UUID quoteId);

    /**
     * O-12 and O-13 at signing, in one statement: the open negotiation issues about any version of the requirement's
     * quotes, and its contract reviews.
     */
    Mono<SigningCheck> signingCheck(UUID requirementId);

    /** What a signature of a quote for this requirement must respect. */
    record SigningCheck(long openIssues, List<ContractReviewState> reviews) {
    }

    /**
     * O-13, the end-of-day check's claim: up to {@code limit} contracts signed before {@code signedBefore}, not
     * archived and not yet flagged, locked ({@code FOR UPDATE SKIP LOCKED}).
     */
    Flux<ContractReviewState> lockArchiveDue(Instant signedBefore, int limit);

    /** O-13: stamps these claimed reviews archive-overdue at {@code at}. */
    Mono<Void> flagArchiveOverdue(List<UUID> ids, Instant at);

    /** Reviews in the scope, newest first; {@code archiveOverdue}: only those flagged and still unarchived (O-13). */
    Flux<ContractReviewState> page(DataScope scope, boolean archiveOverdue, PageRequest page);

    Mono<Long> count(DataScope scope, boolean archiveOverdue);
}
