package com.acme.crm.lead.lead;

import reactor.core.publisher.Mono;

/** Publishes lead events; called inside the transaction that made the change (the outbox makes them atomic). */
public interface LeadEventPublisher {

    Mono<Void> publish(LeadEvent event);

    /** Publishes events in order with one write (bulk commands). */
    Mono<Void> publishAll(java.util.List<LeadEvent> events);
}
