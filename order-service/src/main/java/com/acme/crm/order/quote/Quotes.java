package com.acme.crm.order.quote;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** The stored quote versions. */
public interface Quotes {

    Mono<Void> insert(QuoteState quote);

    /** Saves a status change made on the stored {@code version}; a concurrent change fails with 409. */
    Mono<Void> update(QuoteState quote);

    Mono<QuoteState> find(UUID id);

    Flux<QuoteState> page(DataScope scope, PageRequest page);

    Mono<Long> count(DataScope scope);

    /** C-8: the customer's quotes follow it to its new owner and team. */
    Mono<Void> reassign(UUID customerId, String ownerId, String team);
}
