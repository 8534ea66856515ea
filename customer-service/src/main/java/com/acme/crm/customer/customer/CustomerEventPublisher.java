package com.acme.crm.customer.customer;

import reactor.core.publisher.Mono;

import java.util.List;

/** Publishes customer events inside the transaction of the change (the outbox makes them atomic). */
public interface CustomerEventPublisher {

    Mono<Void> publish(CustomerEvent event);

    Mono<Void> publishAll(List<CustomerEvent> events);
}
