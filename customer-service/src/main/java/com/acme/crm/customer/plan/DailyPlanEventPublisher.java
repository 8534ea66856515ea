package com.acme.crm.customer.plan;

import reactor.core.publisher.Mono;

import java.util.List;

/** Publishes daily plan events inside the transaction of the change (the outbox makes them atomic). */
public interface DailyPlanEventPublisher {

    Mono<Void> publish(DailyPlanEvent event);

    Mono<Void> publishAll(List<DailyPlanEvent> events);
}
