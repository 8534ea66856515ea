package com.acme.crm.customer.visit;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/** The visit log and visit plans; the persistence adapter implements it. */
public interface Visits {

    Mono<Void> insert(Visit visit);

    Mono<Long> count(UUID customerId);

    /** The latest visits with their gifts, newest first. */
    Flux<Visit> recent(UUID customerId, int limit);

    Mono<Void> insertPlan(VisitPlan plan);

    Mono<VisitPlan> findPlan(UUID customerId, UUID planId);

    Mono<Void> decide(UUID planId, VisitPlan.Status status, String by, Instant at);

    Mono<Void> use(UUID planId, UUID visitId);
}
