package com.acme.crm.order.order;

import reactor.core.publisher.Mono;

import java.util.List;

/** Publishes order events; called inside the transaction that made the change (the outbox makes them atomic). */
public interface OrderEventPublisher {

    /** Publishes events in order with one write; events nobody outside needs publish nothing. */
    Mono<Void> publishAll(List<OrderEvent> events);
}
