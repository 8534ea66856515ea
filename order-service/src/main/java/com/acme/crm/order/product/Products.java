package com.acme.crm.order.product;

import com.acme.crm.chassis.web.PageRequest;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.UUID;

/** The stored catalogue. */
public interface Products {

    Mono<Void> insert(ProductState product);

    /** Saves an edit made on the stored {@code version}; a concurrent edit fails with 409. */
    Mono<Void> update(ProductState product);

    Mono<ProductState> find(UUID id);

    Flux<ProductState> findAll(Collection<UUID> ids);

    Flux<ProductState> page(PageRequest page);

    Mono<Long> count();
}
