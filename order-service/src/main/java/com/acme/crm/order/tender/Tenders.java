package com.acme.crm.order.tender;

import com.acme.crm.chassis.security.DataScope;
import com.acme.crm.chassis.web.PageRequest;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** The stored tenders. */
public interface Tenders {

    Mono<Void> insert(TenderState tender);

    /** Saves a step taken on the stored {@code version}; a concurrent change fails with 409. */
    Mono<Void> update(TenderState tender);

    Mono<TenderState> find(UUID id);

    Flux<TenderState> page(DataScope scope, PageRequest page);

    Mono<Long> count(DataScope scope);
}
