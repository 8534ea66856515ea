package com.acme.crm.order.quote;

import reactor.core.publisher.Mono;

import java.util.List;

/** Publishes quote events; called inside the transaction of the change (the outbox makes them atomic). */
public interface QuoteEventPublisher {

    /** Publishes those events that have an integration event, in order; the others stay inside the service. */
    Mono<Void> publish(List<QuoteEvent> events);
}
