package com.acme.crm.customer.trip;

import reactor.core.publisher.Mono;

import java.util.List;

/** Publishes business trip events inside the transaction of the change (the outbox makes them atomic). */
public interface TripEventPublisher {

    Mono<Void> publish(TripEvent event);

    Mono<Void> publishAll(List<TripEvent> events);
}
