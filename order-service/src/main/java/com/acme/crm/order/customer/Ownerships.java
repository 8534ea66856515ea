package com.acme.crm.order.customer;

import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/** The stored ownership projection. */
public interface Ownerships {

    /** Records or replaces a customer's owner and team. */
    Mono<Void> put(CustomerOwnership ownership, Instant at);

    Mono<CustomerOwnership> find(UUID customerId);
}
