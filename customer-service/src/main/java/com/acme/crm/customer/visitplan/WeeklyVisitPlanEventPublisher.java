package com.acme.crm.customer.visitplan;

import reactor.core.publisher.Mono;

import java.util.List;

/** Publishes weekly visit plan events inside the transaction of the change (the outbox makes them atomic). */
public interface WeeklyVisitPlanEventPublisher {

    Mono<Void> publish(WeeklyVisitPlanEvent event);

    Mono<Void> publishAll(List<WeeklyVisitPlanEvent> events);
}
