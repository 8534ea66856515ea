package com.acme.crm.customer.trip;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;
import com.acme.crm.chassis.web.PageResponse;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/** Where business trips are kept; the persistence adapter implements it. */
public interface Trips {

    Mono<Void> insert(TripState trip);

    /** Stores a changed trip; fails with an optimistic-locking error if it changed meanwhile. */
    Mono<Void> update(TripState trip);

    Mono<Trip> findById(UUID id);

    /** The trip, its row locked until the caller's transaction ends. */
    Mono<Trip> lockById(UUID id);

    /** One page of trips in the scope, in one query (plus its count); latest start first, then by rep. */
    Mono<PageResponse<TripState>> search(TripQuery query, DataScope scope, PageRequest page);

    /** the visit log entries with these ids, in one query: what a trip report may link. */
    Flux<LoggedVisit> visits(Collection<UUID> ids);

    /** A visit log entry, as a trip report checks it. */
    record LoggedVisit(UUID id, UUID customerId, String filedBy, Instant visitedAt) {
    }
}
