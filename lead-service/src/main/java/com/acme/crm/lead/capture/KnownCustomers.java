package com.acme.crm.lead.capture;

import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** L-3: the contact fingerprints of existing customers, learnt from customer-service's events. */
public interface KnownCustomers {

    Mono<Void> remember(UUID customerId, Collection<String> fingerprints);

    Mono<UUID> matching(Collection<String> fingerprints);

    /** The known customer of each of these fingerprints that has one. */
    Mono<Map<String, UUID>> matchingEach(Collection<String> fingerprints);
}
