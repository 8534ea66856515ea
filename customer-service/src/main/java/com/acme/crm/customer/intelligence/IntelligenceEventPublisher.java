package com.acme.crm.customer.intelligence;

import reactor.core.publisher.Mono;

import java.util.List;

/** Publishes market intelligence events inside the transaction of the change (the outbox makes them atomic). */
public interface IntelligenceEventPublisher {

    Mono<Void> publish(IntelligenceEvent event);

    Mono<Void> publishAll(List<IntelligenceEvent> events);
}
