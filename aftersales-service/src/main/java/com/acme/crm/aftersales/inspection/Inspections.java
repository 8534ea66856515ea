package com.acme.crm.aftersales.inspection;

import com.acme.crm.aftersales.survey.Quarter;
import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The stored inspections, unique per customer and quarter, and the customers with an accepted order. */
public interface Inspections {

    /** Records that the customer has an accepted order, with its current owner and team. */
    Mono<Void> markCustomer(UUID customerId, String ownerId, String team, Instant at);

    /**
     * Claims (locks) up to {@code limit} customers with an accepted order and no inspection of the quarter, each with
     * its current owner and team from the ownership projection (or those of its last acceptance).
     */
    Flux<Customer> lockCustomersWithoutInspection(Quarter quarter, int limit);

    /** Stores those not already there (one per customer and quarter); emits the ones stored. */
    Flux<InspectionState> insertAllIfNew(List<InspectionState> inspections);

    /** Saves a completion on the stored {@code version}; a concurrent one fails with 409. */
    Mono<Void> update(InspectionState inspection);

    Mono<InspectionState> find(UUID id);

    /** Inspections in the scope, optionally of one status at {@code now}, soonest due first. */
    Flux<InspectionState> page(DataScope scope, @Nullable InspectionStatus status, Instant now, PageRequest page);

    Mono<Long> count(DataScope scope, @Nullable InspectionStatus status, Instant now);

    /** A customer with an accepted order. */
    record Customer(UUID customerId, String ownerId, String team) {
    }
}
