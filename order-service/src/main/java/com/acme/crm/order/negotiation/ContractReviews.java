package com.acme.crm.order.negotiation;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** The stored contract reviews, at most one per quote version. */
public interface ContractReviews {

    Mono<Void> insert(ContractReviewState review);

    /** Saves a change made on the stored {@code version}; a concurrent change fails with 409. */
    Mono<Void> update(ContractReviewState review);

    Mono<ContractReviewState> find(UUID id);

    Mono<ContractReviewState> forQuote(UUID quoteId);

    /** O-13: the reviews of every quote version of this requirement. */
    Flux<ContractReviewState> forRequirement(UUID requirementId);
}
