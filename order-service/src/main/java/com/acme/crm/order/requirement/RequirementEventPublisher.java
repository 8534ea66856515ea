package com.acme.crm.order.requirement;

import reactor.core.publisher.Mono;

/** Publishes requirement events; called inside the transaction of the change (the outbox makes them atomic). */
public interface RequirementEventPublisher {

    Mono<Void> publish(RequirementEvent.Confirmed event);
}
