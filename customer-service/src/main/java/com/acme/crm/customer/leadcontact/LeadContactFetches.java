package com.acme.crm.customer.leadcontact;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * L-6: converted leads whose contact data is still to be read from lead-service. A fetch is leased while it runs,
 * so a replica that dies mid-call leaves it for another; failures back off and are retried.
 */
public interface LeadContactFetches {

    Mono<Void> enqueue(UUID customerId, UUID leadId, Instant now);

    /** Due fetches, leased until {@code now + lease}. */
    Flux<Fetch> lease(Instant now, Duration lease, int limit);

    Mono<Void> done(UUID customerId, Instant at);

    Mono<Void> failed(UUID customerId, String error, Instant retryAt);

    record Fetch(UUID customerId, UUID leadId, int attempts) {
    }
}
