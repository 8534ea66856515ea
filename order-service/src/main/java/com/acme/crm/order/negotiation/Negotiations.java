package com.acme.crm.order.negotiation;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** The stored negotiations. */
public interface Negotiations {

    Mono<Void> insert(NegotiationState negotiation);

    /** Saves a change made on the stored {@code version}; a concurrent change fails with 409. */
    Mono<Void> update(NegotiationState negotiation);

    Mono<NegotiationState> find(UUID id);

    Flux<NegotiationState> page(DataScope scope, PageRequest page);

    Mono<Long> count(DataScope scope);

    /** O-12: the open issues of every negotiation about a quote of this requirement (any version). */
    Mono<Long> openIssues(UUID requirementId);
}
