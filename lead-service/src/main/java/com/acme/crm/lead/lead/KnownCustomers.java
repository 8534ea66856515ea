package com.acme.crm.lead.lead;

import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.UUID;

/** L-3: the contact fingerprints of existing customers, learnt from customer-service's events. */
public interface KnownCustomers {

    Mono<Void> remember(UUID customerId, Collection<String> fingerprints);

    Mono<UUID> matching(Collection<String> fingerprints);
}
