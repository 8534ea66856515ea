package com.acme.crm.aftersales.inspection;

import reactor.core.publisher.Mono;

/** Publishes an inspection event inside the transaction of the change (the outbox makes them atomic). */
public interface InspectionEventPublisher {

    /** Publishes the event if it has an integration event; the others stay inside the service. */
    Mono<Void> publish(InspectionEvent event);
}
