package com.acme.crm.order.requirement;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** The stored requirements. */
public interface Requirements {

    Mono<Void> insert(RequirementState requirement);

    /** Saves a change made on the stored {@code version}; a concurrent change fails with 409. */
    Mono<Void> update(RequirementState requirement);

    Mono<RequirementState> find(UUID id);

    Flux<RequirementState> page(DataScope scope, PageRequest page);

    Mono<Long> count(DataScope scope);

    /** C-8: the customer's requirements follow it to its new owner and team. */
    Mono<Void> reassign(UUID customerId, String ownerId, String team);
}
