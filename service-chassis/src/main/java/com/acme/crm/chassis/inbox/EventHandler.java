package com.acme.crm.chassis.inbox;

import com.acme.crm.events.IntegrationEvent;

import reactor.core.publisher.Mono;

/** Applies one consumed event; runs inside the inbox transaction, so its writes commit with the dedup record. */
@FunctionalInterface
public interface EventHandler<E extends IntegrationEvent> {

    Mono<Void> handle(E event, EventMetadata metadata);
}
