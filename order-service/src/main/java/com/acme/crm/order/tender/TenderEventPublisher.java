package com.acme.crm.order.tender;

import reactor.core.publisher.Mono;

/** Publishes a tender event inside the transaction of the step (the outbox makes them atomic). */
public interface TenderEventPublisher {

    /** Publishes the event if it has an integration event; the others stay inside the service. */
    Mono<Void> publish(TenderEvent event);
}
